#include "hrtestdesk.h"

#include <hr/ui/payrollimportdialog.h>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace Civitas;
using namespace Civitas::Hr;
using namespace Civitas::Hr::Internal;

// Drives the real dialog offscreen: a file with errors cannot be imported; a good one can.
class tst_PayrollImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void errorsBlockTheImport();
    void goodFileIsImported();

private:
    static QString write(HrTestDesk &desk, const QString &name, const QString &content)
    {
        const QString path = desk.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(content.toUtf8());
        return path;
    }
    static QPushButton *button(QWidget *dialog, const char *name)
    {
        return dialog->findChild<QPushButton *>(QString::fromLatin1(name));
    }
};

void tst_PayrollImportDialog::errorsBlockTheImport()
{
    HrTestDesk desk;
    QVERIFY(desk.open());
    desk.addUnit(QStringLiteral("DRH-CP"), QStringLiteral("Carrières et paie"));
    const QString path
        = write(desk,
                QStringLiteral("bad.csv"),
                QStringLiteral("Matricule;Nom;Prénom;Sexe;Statut;Code service;Date d'entrée\n"
                               "500001;BON;Paul;M;Titulaire;DRH-CP;01/03/2024\n"
                               "500002;MAUVAIS;Paul;M;Titulaire;NULLEPART;01/03/2024\n"));
    PayrollImportDialog dialog(desk.database());
    dialog.show();
    dialog.setFile(path);
    QCOMPARE(dialog.step(), PayrollImportDialog::MappingStep);
    auto *registration = dialog.findChild<QComboBox *>(
        QStringLiteral("mapping_%1").arg(PayrollImport::RegistrationNumber));
    QVERIFY(registration);
    QCOMPARE(registration->currentText(), QStringLiteral("Matricule"));

    QTest::mouseClick(button(&dialog, "nextButton"), Qt::LeftButton);
    QCOMPARE(dialog.step(), PayrollImportDialog::ReviewStep);
    auto *report = dialog.findChild<QTableWidget *>(QStringLiteral("reportTable"));
    QVERIFY(report);
    QCOMPARE(report->rowCount(), 1);
    QCOMPARE(report->item(0, 0)->text(), QStringLiteral("3"));
    QCOMPARE(report->item(0, 2)->text(), QStringLiteral("Code service"));
    QVERIFY(report->item(0, 3)->text().contains(QLatin1String("unknown unit")));
    QCOMPARE(report->item(0, 3)->foreground().color(), QColor(0xb0, 0x00, 0x20));
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QCOMPARE(preview->rowCount(), 2);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("countsLabel"))
                ->text()
                .contains(QLatin1String("1 error")));
    QPushButton *import = button(&dialog, "importButton");
    QVERIFY(import->isVisible());
    QVERIFY(!import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(dialog.step(), PayrollImportDialog::ReviewStep);

    // Unmapping the unit column removes the error: the import becomes possible.
    QTest::mouseClick(button(&dialog, "backButton"), Qt::LeftButton);
    auto *unit
        = dialog.findChild<QComboBox *>(QStringLiteral("mapping_%1").arg(PayrollImport::OrgUnit));
    QCOMPARE(unit->currentText(), QStringLiteral("Code service"));
    unit->setCurrentIndex(0);
    QTest::mouseClick(button(&dialog, "nextButton"), Qt::LeftButton);
    QCOMPARE(report->rowCount(), 0);
    QVERIFY(import->isEnabled());
    QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM agents")), 0);
}

void tst_PayrollImportDialog::goodFileIsImported()
{
    HrTestDesk desk;
    QVERIFY(desk.open());
    desk.addUnit(QStringLiteral("DRH-CP"), QStringLiteral("Carrières et paie"));
    const QString path
        = write(desk,
                QStringLiteral("good.csv"),
                QStringLiteral("Matricule;Nom;Prénom;Sexe;Statut;Code service;Date d'entrée\n"
                               "600001;BON;Paul;M;Titulaire;DRH-CP;01/03/2024\n"
                               "600002;JUSTE;Anaïs;F;Stagiaire;DRH-CP;2024-05-01\n"));
    PayrollImportDialog dialog(desk.database());
    dialog.show();
    dialog.setFile(path);
    QTest::mouseClick(button(&dialog, "nextButton"), Qt::LeftButton);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("countsLabel"))
                ->text()
                .contains(QLatin1String("2 to create")));
    QPushButton *import = button(&dialog, "importButton");
    QVERIFY(import->isEnabled());
    QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM agents")), 0);
    QTest::mouseClick(import, Qt::LeftButton);
    QCOMPARE(dialog.step(), PayrollImportDialog::SummaryStep);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))
                ->text()
                .contains(QLatin1String("2 agent")));
    QCOMPARE(desk.count(QStringLiteral("SELECT count(*) FROM agents")), 2);
    QCOMPARE(desk.value(QStringLiteral(
                            "SELECT first_names FROM agents WHERE registration_number = '600002'"))
                 .toString(),
             QStringLiteral("Anaïs"));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(tst_PayrollImportDialog)
#include "tst_payrollimportdialog.moc"
