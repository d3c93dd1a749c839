#include <core/formats/csvreader.h>
#include <core/formats/csvwriter.h>

#include <QBuffer>
#include <QTest>

using namespace Civitas;

class tst_CsvReader : public QObject
{
    Q_OBJECT

private slots:
    void bomAndSemicolons();
    void separatorDetection_data();
    void separatorDetection();
    void forcedSeparator();
    void quotedFieldsAndLineNumbers();
    void emptyFields();
    void blankLinesAreSkipped();
    void lastLineWithoutLineEnd();
    void withoutHeader();
    void invalidUtf8GivesTheLine_data();
    void invalidUtf8GivesTheLine();
    void windows1252();
    void latin1();
    void byteOrderMarkMeansUtf8();
    void unterminatedQuoteGivesItsLine();
    void textAfterClosingQuote();
    void readsFromDevice();
    void roundTripWithWriter();
    void formulaCellsAreFlagged();
    void writerOutputReadsBackAsText();
};

static QStringList fields(std::initializer_list<const char16_t *> list)
{
    QStringList result;
    for (const char16_t *s : list)
        result.append(QString::fromUtf16(s));
    return result;
}

void tst_CsvReader::bomAndSemicolons()
{
    CsvReader reader;
    QVERIFY2(reader.parse("\xEF\xBB\xBFNom;Pr\xC3\xA9nom\r\nDupont;\xC3\x89lodie\r\n"),
             qPrintable(reader.errorString()));
    QVERIFY(reader.hasByteOrderMark());
    QCOMPARE(reader.separator(), QLatin1Char(';'));
    QCOMPARE(reader.header(), fields({u"Nom", u"Prénom"}));
    QCOMPARE(reader.records().size(), 1);
    QCOMPARE(reader.records().at(0).fields, fields({u"Dupont", u"Élodie"}));
    QCOMPARE(reader.records().at(0).line, 2);
}

void tst_CsvReader::separatorDetection_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<int>("columns");

    QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2,5;3\n") << QChar(u';') << 3;
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2.5,3\n") << QChar(u',') << 3;
    QTest::newRow("tab") << QByteArray("a\tb, c\tc\n1\t2\t3\n") << QChar(u'\t') << 3;
    QTest::newRow("quoted semicolons do not count")
        << QByteArray("\"a;b;c\",d,e\n1,2,3\n") << QChar(u',') << 3;
    QTest::newRow("quoted line break in header")
        << QByteArray("\"a\nb\",c,d\n1,2,3\n") << QChar(u',') << 3;
    QTest::newRow("one column") << QByteArray("Nom\nDupont\n") << QChar(u';') << 1;
    QTest::newRow("leading blank line") << QByteArray("\r\na,b\n1,2\n") << QChar(u',') << 2;
}

void tst_CsvReader::separatorDetection()
{
    QFETCH(QByteArray, data);
    QFETCH(QChar, separator);
    QFETCH(int, columns);
    CsvReader reader;
    QVERIFY2(reader.parse(data), qPrintable(reader.errorString()));
    QCOMPARE(reader.separator(), separator);
    QCOMPARE(reader.header().size(), columns);
    QCOMPARE(reader.records().size(), 1);
    QCOMPARE(reader.records().at(0).fields.size(), columns);
}

void tst_CsvReader::forcedSeparator()
{
    CsvReader reader;
    reader.setSeparator(QLatin1Char(','));
    QVERIFY(reader.parse("a;b,c\n1;2,3\n"));
    QCOMPARE(reader.header(), QStringList({QStringLiteral("a;b"), QStringLiteral("c")}));
}

void tst_CsvReader::quotedFieldsAndLineNumbers()
{
    const QByteArray data = "id;commentaire\r\n"
                            "1;\"sur deux\r\nlignes\"\r\n"
                            "2;\"il a dit \"\"oui\"\"\"\r\n"
                            "3;\"a;b\"\r\n"
                            "4;\"trois\nlignes\rici\"\n"
                            "5;fin\n";
    CsvReader reader;
    QVERIFY2(reader.parse(data), qPrintable(reader.errorString()));
    const QList<CsvReader::Record> records = reader.records();
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.at(0).fields, fields({u"1", u"sur deux\nlignes"}));
    QCOMPARE(records.at(0).line, 2);
    QCOMPARE(records.at(1).fields, fields({u"2", u"il a dit \"oui\""}));
    QCOMPARE(records.at(1).line, 4);
    QCOMPARE(records.at(2).fields, fields({u"3", u"a;b"}));
    QCOMPARE(records.at(2).line, 5);
    QCOMPARE(records.at(3).fields, fields({u"4", u"trois\nlignes\nici"}));
    QCOMPARE(records.at(3).line, 6);
    QCOMPARE(records.at(4).fields, fields({u"5", u"fin"}));
    QCOMPARE(records.at(4).line, 9);
}

void tst_CsvReader::emptyFields()
{
    CsvReader reader;
    reader.setHasHeader(false);
    reader.setSeparator(QLatin1Char(';'));
    QVERIFY(reader.parse("a;;c\n;\na;\n\"\"\n;\"\";\n"));
    const QList<CsvReader::Record> records = reader.records();
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.at(0).fields, fields({u"a", u"", u"c"}));
    QCOMPARE(records.at(1).fields, fields({u"", u""}));
    QCOMPARE(records.at(2).fields, fields({u"a", u""}));
    QCOMPARE(records.at(3).fields, fields({u""}));
    QCOMPARE(records.at(4).fields, fields({u"", u"", u""}));
}

void tst_CsvReader::blankLinesAreSkipped()
{
    CsvReader reader;
    QVERIFY(reader.parse("n;m\r\n\r\n1;2\r\n\r\n\r\n3;4\r\n\r\n"));
    const QList<CsvReader::Record> records = reader.records();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).line, 3);
    QCOMPARE(records.at(1).line, 6);
    QCOMPARE(records.at(1).fields, fields({u"3", u"4"}));
}

void tst_CsvReader::lastLineWithoutLineEnd()
{
    CsvReader reader;
    QVERIFY(reader.parse("n;m\n1;\"x\""));
    QCOMPARE(reader.records().size(), 1);
    QCOMPARE(reader.records().at(0).fields, fields({u"1", u"x"}));

    QVERIFY(reader.parse(""));
    QVERIFY(reader.header().isEmpty());
    QVERIFY(reader.records().isEmpty());
}

void tst_CsvReader::withoutHeader()
{
    CsvReader reader;
    reader.setHasHeader(false);
    QVERIFY(reader.parse("1;2\n3;4\n"));
    QVERIFY(reader.header().isEmpty());
    QCOMPARE(reader.records().size(), 2);
    QCOMPARE(reader.records().at(0).line, 1);
}

void tst_CsvReader::invalidUtf8GivesTheLine_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");

    QTest::newRow("latin-1 byte") << QByteArray("nom\nJos\xC3\xA9\nRen\xE9\n") << 3;
    QTest::newRow("sequence cut at line end") << QByteArray("nom\nab\xC3\ncd\n") << 2;
    QTest::newRow("cut at end of file") << QByteArray("nom\nab\xC3") << 2;
    QTest::newRow("overlong encoding") << QByteArray("\xC0\xAF;x\n") << 1;
    QTest::newRow("surrogate") << QByteArray("a\nb\nc\xED\xA0\x80\n") << 3;
    QTest::newRow("inside a quoted field")
        << QByteArray("id;note\n1;\"one\ntwo \x92 three\"\n") << 3;
}

void tst_CsvReader::invalidUtf8GivesTheLine()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    CsvReader reader;
    QVERIFY(!reader.parse(data));
    QCOMPARE(reader.errorLine(), line);
    QVERIFY2(reader.errorString().contains(QStringLiteral("Line %1").arg(line)),
             qPrintable(reader.errorString()));
    QVERIFY(reader.errorString().contains(QLatin1String("UTF-8")));
    QVERIFY(reader.records().isEmpty());
}

void tst_CsvReader::windows1252()
{
    // What Excel saves as "CSV (separator: semicolon)" on a French Windows.
    const QByteArray data = "Nom;Montant;Note\r\n"
                            "\x9C"
                            "uvre de L\xE9"
                            "a;\x80 12;\x93"
                            "cit\xE9\x94 \x85\r\n";
    CsvReader reader;
    QVERIFY(!reader.parse(data)); // not UTF-8
    reader.setEncoding(CsvReader::Encoding::Windows1252);
    QVERIFY2(reader.parse(data), qPrintable(reader.errorString()));
    QCOMPARE(reader.records().size(), 1);
    QCOMPARE(reader.records().at(0).fields, fields({u"œuvre de Léa", u"€ 12", u"“cité” …"}));
}

void tst_CsvReader::latin1()
{
    CsvReader reader;
    reader.setEncoding(CsvReader::Encoding::Latin1);
    QVERIFY(reader.parse("n\nL\xE9"
                         "a \xBD \x80\n"));
    QCOMPARE(reader.records().at(0).fields, QStringList(QString::fromUtf16(u"Léa ½ \u0080")));
}

void tst_CsvReader::byteOrderMarkMeansUtf8()
{
    CsvReader reader;
    reader.setEncoding(CsvReader::Encoding::Windows1252);
    QVERIFY(reader.parse("\xEF\xBB\xBFn\n\xC3\xA9t\xC3\xA9\n"));
    QVERIFY(reader.hasByteOrderMark());
    QCOMPARE(reader.header(), QStringList(QStringLiteral("n")));
    QCOMPARE(reader.records().at(0).fields, QStringList(QString::fromUtf16(u"été")));
}

void tst_CsvReader::unterminatedQuoteGivesItsLine()
{
    CsvReader reader;
    QVERIFY(!reader.parse("a;b\n1;x\n2;\"ouvert\n3;y\n4;z\n"));
    QCOMPARE(reader.errorLine(), 3);
    QVERIFY2(reader.errorString().contains(QLatin1String("Line 3")),
             qPrintable(reader.errorString()));
    QVERIFY(reader.errorString().contains(QLatin1String("quote")));
    QVERIFY(reader.records().isEmpty());
}

void tst_CsvReader::textAfterClosingQuote()
{
    CsvReader reader;
    QVERIFY(!reader.parse("a;b\n1;2\n\"x\"y;3\n"));
    QCOMPARE(reader.errorLine(), 3);

    // Spaces after a closing quote are tolerated; a quote inside an unquoted field is text.
    QVERIFY2(reader.parse("a;b\n\"x\"  ;12\" screen\n"), qPrintable(reader.errorString()));
    QCOMPARE(reader.records().at(0).fields, fields({u"x", u"12\" screen"}));
}

void tst_CsvReader::readsFromDevice()
{
    QBuffer buffer;
    buffer.setData("x,y\n1,2\n");
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QVERIFY2(reader.read(), qPrintable(reader.errorString()));
    QCOMPARE(reader.header(), QStringList({QStringLiteral("x"), QStringLiteral("y")}));
    QCOMPARE(reader.records().at(0).fields,
             QStringList({QStringLiteral("1"), QStringLiteral("2")}));

    QBuffer closed;
    CsvReader failing(&closed);
    QVERIFY(!failing.read());
    QVERIFY(!failing.errorString().isEmpty());
}

void tst_CsvReader::roundTripWithWriter()
{
    const QStringList header = fields({u"Matricule", u"Nom; prénom", u"Adresse", u"Note"});
    const QList<QStringList> rows = {
        fields({u"A001", u"Dupont; Jean", u"1 rue de la Paix\n69500 Bron", u"dit \"Jeannot\""}),
        fields({u"A002", u" espace devant", u"", u"fin "}),
        fields({u"A003", u"Œuvre — 𝄞", u"\"", u";"}),
    };
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    writer.setHeader(header);
    for (const QStringList &row : rows) {
        QVariantList values;
        for (const QString &field : row)
            values.append(field);
        writer.writeRow(values);
    }
    QVERIFY(!writer.hasError());

    CsvReader reader;
    QVERIFY2(reader.parse(buffer.data()), qPrintable(reader.errorString()));
    QVERIFY(reader.hasByteOrderMark());
    QCOMPARE(reader.separator(), QLatin1Char(';'));
    QCOMPARE(reader.header(), header);
    QCOMPARE(reader.records().size(), rows.size());
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(reader.records().at(i).fields, rows.at(i));
    QCOMPARE(reader.records().at(0).line, 2);
    QCOMPARE(reader.records().at(1).line, 4); // the address took two lines
}

void tst_CsvReader::formulaCellsAreFlagged()
{
    CsvReader reader;
    // Line 3 holds a quoted cell over two lines: the cells after it are on line 4.
    QVERIFY(reader.parse("Nom;T\xC3\xA9l\xC3\xA9phone;Solde;Note\n"
                         "Dupont;+33 4 72 10 30 30;-12,5;=1+1\n"
                         "\"Martin\nJean\";@SUM(A1);+2+cmd|' /C calc'!A0;\"\t=2*3\"\n"
                         "Durand;-;-3;-4+cmd|x\n"));
    QCOMPARE(reader.records().size(), 3);
    // Read as the text it is: nothing is dropped or changed.
    QCOMPARE(reader.records().at(0).fields.at(3), QStringLiteral("=1+1"));
    QStringList found;
    for (const CsvReader::FormulaCell &cell : reader.formulaCells())
        found << QStringLiteral("%1:%2:%3").arg(cell.line).arg(cell.column).arg(cell.text);
    QCOMPARE(found,
             QStringList({QStringLiteral("2:4:=1+1"),
                          QStringLiteral("4:2:@SUM(A1)"),
                          QStringLiteral("4:3:+2+cmd|' /C calc'!A0"),
                          QStringLiteral("4:4:\t=2*3"),
                          QStringLiteral("5:4:-4+cmd|x")}));
    // A formula in the header is flagged too.
    QVERIFY(reader.parse("=cmd;b\n1;2\n"));
    QCOMPARE(reader.formulaCells().size(), 1);
    QCOMPARE(reader.formulaCells().at(0).line, 1);
    QCOMPARE(reader.formulaCells().at(0).column, 1);
}

void tst_CsvReader::writerOutputReadsBackAsText()
{
    // What the writer neutralised is no longer formula-like when read back.
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    writer.setHeader({QStringLiteral("a"), QStringLiteral("b")});
    writer.writeRow({QStringLiteral("=1+1"), QStringLiteral("+33 4 72 10 30 30")});
    CsvReader reader;
    QVERIFY(reader.parse(buffer.data()));
    QCOMPARE(reader.records().at(0).fields,
             QStringList({QStringLiteral("'=1+1"), QStringLiteral("+33 4 72 10 30 30")}));
    QVERIFY(reader.formulaCells().isEmpty());
}

QTEST_GUILESS_MAIN(tst_CsvReader)

#include "tst_csvreader.moc"
