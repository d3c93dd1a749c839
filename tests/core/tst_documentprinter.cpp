#include <core/formats/documentprinter.h>

#include <QApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Civitas;

class tst_DocumentPrinter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void placeholdersAreEscaped();
    void rawPlaceholdersInsertHtml();
    void missingKeysAreRecorded();
    void valuesAreNotExpandedAgain();
    void valuesAreFormatted();
    void htmlTableEscapes();
    void pdfHoldsTheText();
    void pageNumbersOnEveryPage();
    void pdfToAnUnwritablePathFails();
    void printsThroughQPrinter();
    void printPreviewShowsTheDocument();

private:
    // The text of a PDF through pdftotext, or a null string when it is not installed.
    static QString pdfText(const QString &path);
    static QByteArray fileStart(const QString &path);

    QTemporaryDir m_dir;
};

static const QString LetterTemplate = QStringLiteral("<h1>Décision d'attribution de subvention</h1>"
                                                     "<p>Association : <b>{{association}}</b></p>"
                                                     "<p>Adresse : {{address}}</p>"
                                                     "<p>Montant : {{amount}}</p>"
                                                     "<p>Date : {{ date }}</p>"
                                                     "{{{table}}}");

static QVariantMap letterValues()
{
    return {
        {QStringLiteral("association"), QStringLiteral("Dupont & Fils <Sport> \"Bron\"")},
        {QStringLiteral("address"), QStringLiteral("12 rue Édouard-Herriot\n69500 Bron")},
        {QStringLiteral("amount"), QStringLiteral("1 500,00 €")},
        {QStringLiteral("date"), QDate(2024, 3, 5)},
        {QStringLiteral("table"),
         DocumentPrinter::htmlTable(
             {QStringLiteral("Poste"), QStringLiteral("Montant")},
             {{QStringLiteral("Matériel <ballons>"), QStringLiteral("900 €")},
              {QStringLiteral("Déplacements"), QStringLiteral("600 €")}})},
    };
}

void tst_DocumentPrinter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_DocumentPrinter::pdfText(const QString &path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        return {};
    QProcess process;
    process.start(pdftotext,
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ")
               + QString::fromLocal8Bit(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray tst_DocumentPrinter::fileStart(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(8);
}

void tst_DocumentPrinter::placeholdersAreEscaped()
{
    DocumentPrinter printer(QStringLiteral("t"), LetterTemplate, letterValues());
    const QString html = printer.renderedHtml();
    QVERIFY2(
        html.contains(QStringLiteral("<b>Dupont &amp; Fils &lt;Sport&gt; &quot;Bron&quot;</b>")),
        qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("Adresse : 12 rue Édouard-Herriot<br/>69500 Bron</p>")));
    QVERIFY(html.contains(QStringLiteral("Date : 05/03/2024</p>")));
    QVERIFY(!html.contains(QLatin1String("{{")));
    QVERIFY(printer.missingKeys().isEmpty());
    QCOMPARE(DocumentPrinter::escapeHtml(QStringLiteral("l'<a href=\"x\">")),
             QStringLiteral("l&#39;&lt;a href=&quot;x&quot;&gt;"));
}

void tst_DocumentPrinter::rawPlaceholdersInsertHtml()
{
    const QVariantMap values = {{QStringLiteral("x"), QStringLiteral("<i>a</i>")}};
    QCOMPARE(DocumentPrinter::substitute(QStringLiteral("[{{{x}}}] [{{x}}] [{{{ x }}}]"), values),
             QStringLiteral("[<i>a</i>] [&lt;i&gt;a&lt;/i&gt;] [<i>a</i>]"));
}

void tst_DocumentPrinter::missingKeysAreRecorded()
{
    DocumentPrinter printer;
    printer.setTemplate(QStringLiteral(
        "<p>{{name}} {{nmae}} {{{tabel}}} {{nmae}} {{empty}} {not} {{ spaced.key }}</p>"));
    printer.setValues(
        {{QStringLiteral("name"), QStringLiteral("Léa")}, {QStringLiteral("empty"), QString()}});
    QCOMPARE(printer.missingKeys(),
             QStringList(
                 {QStringLiteral("nmae"), QStringLiteral("tabel"), QStringLiteral("spaced.key")}));
    QCOMPARE(printer.renderedHtml(), QStringLiteral("<p>Léa     {not} </p>"));

    QStringList missing;
    DocumentPrinter::substitute(QStringLiteral("{{a}}{{b}}"), {{QStringLiteral("b"), 1}}, &missing);
    QCOMPARE(missing, QStringList(QStringLiteral("a")));
}

void tst_DocumentPrinter::valuesAreNotExpandedAgain()
{
    DocumentPrinter printer(QStringLiteral("t"),
                            QStringLiteral("{{a}}|{{{b}}}"),
                            {{QStringLiteral("a"), QStringLiteral("{{secret}}")},
                             {QStringLiteral("b"), QStringLiteral("{{{secret}}}")}});
    QCOMPARE(printer.renderedHtml(), QStringLiteral("{{secret}}|{{{secret}}}"));
    QVERIFY(printer.missingKeys().isEmpty());
}

void tst_DocumentPrinter::valuesAreFormatted()
{
    QCOMPARE(DocumentPrinter::formatValue(QDate(2024, 12, 1)), QStringLiteral("01/12/2024"));
    QCOMPARE(DocumentPrinter::formatValue(QDateTime(QDate(2024, 12, 1), QTime(9, 5))),
             QStringLiteral("01/12/2024 09:05"));
    QCOMPARE(DocumentPrinter::formatValue(true), QStringLiteral("yes"));
    QCOMPARE(DocumentPrinter::formatValue(QVariant()), QString());

    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    const QString number = DocumentPrinter::formatValue(1234.5);
    const QString integer = DocumentPrinter::formatValue(40000);
    QLocale::setDefault(previous);
    const QLocale french(QLocale::French, QLocale::France);
    QCOMPARE(number, QLatin1Char('1') + french.groupSeparator() + QLatin1String("234,5"));
    QCOMPARE(integer, QLatin1String("40") + french.groupSeparator() + QLatin1String("000"));
}

void tst_DocumentPrinter::htmlTableEscapes()
{
    const QString html = DocumentPrinter::htmlTable(
        {QStringLiteral("Nom"), QStringLiteral("<Rôle>")},
        {{QStringLiteral("A & B"), QStringLiteral("x\ny")}, {QStringLiteral("<script>")}});
    QVERIFY(html.startsWith(QLatin1String("<table")));
    QVERIFY(html.endsWith(QLatin1String("</table>")));
    QVERIFY(
        html.contains(QStringLiteral("<thead><tr><th>Nom</th><th>&lt;Rôle&gt;</th></tr></thead>")));
    QVERIFY(html.contains(QLatin1String("<tr><td>A &amp; B</td><td>x<br/>y</td></tr>")));
    QVERIFY(html.contains(QLatin1String("<tr><td>&lt;script&gt;</td></tr>")));
    QVERIFY(!html.contains(QLatin1String("<script>")));
}

void tst_DocumentPrinter::pdfHoldsTheText()
{
    const QString path = m_dir.filePath(QStringLiteral("decision.pdf"));
    DocumentPrinter printer(QStringLiteral("Décision n°2024-042"), LetterTemplate, letterValues());
    QString error;
    QVERIFY2(printer.printToPdf(path, &error), qPrintable(error));
    QCOMPARE(fileStart(path).left(4), QByteArray("%PDF"));

    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext (poppler-utils) is not installed: PDF text not checked");
    for (const QString &expected : {QStringLiteral("Décision d'attribution de subvention"),
                                    QStringLiteral("Dupont & Fils <Sport> \"Bron\""),
                                    QStringLiteral("12 rue Édouard-Herriot"),
                                    QStringLiteral("69500 Bron"),
                                    QStringLiteral("1 500,00 €"),
                                    QStringLiteral("05/03/2024"),
                                    QStringLiteral("Matériel <ballons>"),
                                    QStringLiteral("Déplacements"),
                                    QStringLiteral("Décision n°2024-042"),
                                    QStringLiteral("Page 1 / 1")}) {
        QVERIFY2(text.contains(expected),
                 qPrintable(expected + QStringLiteral(" not in:\n") + text));
    }
    QVERIFY(!text.contains(QLatin1String("{{")));
}

void tst_DocumentPrinter::pageNumbersOnEveryPage()
{
    QList<QStringList> rows;
    for (int i = 1; i <= 300; ++i)
        rows.append({QStringLiteral("Agent %1").arg(i), QStringLiteral("Service %1").arg(i % 7)});
    DocumentPrinter printer(
        QStringLiteral("Liste des agents"),
        QStringLiteral("<h2>Agents</h2>{{{rows}}}<p>Fin de la liste</p>"),
        {{QStringLiteral("rows"),
          DocumentPrinter::htmlTable({QStringLiteral("Nom"), QStringLiteral("Service")}, rows)}});
    const QString path = m_dir.filePath(QStringLiteral("agents.pdf"));
    QString error;
    QVERIFY2(printer.printToPdf(path, &error), qPrintable(error));
    QCOMPARE(fileStart(path).left(4), QByteArray("%PDF"));

    const QString text = pdfText(path);
    if (text.isNull())
        QSKIP("pdftotext (poppler-utils) is not installed: page numbers not checked");
    const QRegularExpression pageNumber(QStringLiteral("Page (\\d+) / (\\d+)"));
    QList<int> pages;
    int total = 0;
    for (auto it = pageNumber.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        pages.append(match.captured(1).toInt());
        total = match.captured(2).toInt();
    }
    QVERIFY2(total > 1, qPrintable(text.left(2000)));
    QCOMPARE(pages.size(), total);
    for (int page = 1; page <= total; ++page)
        QCOMPARE(pages.at(page - 1), page);
    // Every row made it, none lost at a page break.
    for (int i = 1; i <= 300; ++i)
        QVERIFY2(text.contains(QStringLiteral("Agent %1\n").arg(i)),
                 qPrintable(QString::number(i)));
    QVERIFY(text.contains(QLatin1String("Fin de la liste")));
    // The header row is repeated at the top of each page.
    QCOMPARE(text.count(QStringLiteral("Service\n")) >= total, true);
}

void tst_DocumentPrinter::pdfToAnUnwritablePathFails()
{
    DocumentPrinter printer(QStringLiteral("t"), QStringLiteral("<p>x</p>"), {});
    QString error;
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/x.pdf"));
    QVERIFY(!printer.printToPdf(path, &error));
    QVERIFY(error.contains(path));
    QVERIFY(!QFile::exists(path));
}

void tst_DocumentPrinter::printsThroughQPrinter()
{
    const QString path = m_dir.filePath(QStringLiteral("printer.pdf"));
    QPrinter qprinter(QPrinter::HighResolution);
    qprinter.setOutputFormat(QPrinter::PdfFormat);
    qprinter.setOutputFileName(path);
    DocumentPrinter printer(QStringLiteral("Par l'imprimante"), LetterTemplate, letterValues());
    QVERIFY(printer.print(&qprinter));
    QCOMPARE(qprinter.docName(), QStringLiteral("Par l'imprimante"));
    QCOMPARE(fileStart(path).left(4), QByteArray("%PDF"));
    const QString text = pdfText(path);
    if (!text.isNull())
        QVERIFY2(text.contains(QLatin1String("Dupont & Fils <Sport>")), qPrintable(text));
}

void tst_DocumentPrinter::printPreviewShowsTheDocument()
{
    DocumentPrinter printer(QStringLiteral("Aperçu"), LetterTemplate, letterValues());
    int previewPages = -1;
    QString title;
    QElapsedTimer elapsed;
    elapsed.start();
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (dialog) {
            auto *preview = dialog->findChild<QPrintPreviewWidget *>();
            if (preview && preview->pageCount() > 0) {
                previewPages = preview->pageCount();
                title = dialog->windowTitle();
                dialog->reject();
                return;
            }
        }
        if (elapsed.hasExpired(20000)) {
            if (auto *modal = QApplication::activeModalWidget())
                modal->close();
        }
    });
    poll.start();
    printer.showPrintPreview();
    poll.stop();
    QCOMPARE(previewPages, 1);
    QVERIFY(title.contains(QStringLiteral("Aperçu")));
}

QTEST_MAIN(tst_DocumentPrinter)

#include "tst_documentprinter.moc"
