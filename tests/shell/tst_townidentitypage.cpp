// The settings page of the town's identity: each field says what is wrong with it, the dialog
// does not close on a wrong value, a right one is saved as the town's; on a server only an
// administrator edits it. The logo is chosen, shown, refused with its reason, saved and removed.

#include "../../app/shell/serverprofile.h"
#include "../../app/shell/settingsdialog.h"
#include "../../app/shell/townidentitysettingspage.h"

#include <core/access/session.h>
#include <core/files/townlogo.h>
#include <core/storage/database.h>
#include <core/storage/migration.h>
#include <core/storage/townidentity.h>
#include <core/translations.h>

#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Civitas;

namespace {
// Another page of the dialog, always ready.
class PlainPage : public SettingsPage
{
public:
    void apply() override {}
};
} // namespace

class tst_TownIdentityPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void wrongValuesAreShownAndKept();
    void onAServerOnlyAnAdministratorEdits();
    void theLogoIsChosenShownAndSaved();

private:
    QLabel *problem(QWidget *page, const QString &key)
    {
        return page->findChild<QLabel *>(key + QStringLiteral("Problem"));
    }

    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    Session m_session;
};

void tst_TownIdentityPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The interface's usual language.
    QVERIFY(Translations::install(QStringLiteral("fr")));
}

void tst_TownIdentityPage::init()
{
    m_dir = new QTemporaryDir;
    m_db = new Database;
    QString error;
    const QList<Migration> core = Migration::fromDirectory(
        QStringLiteral("core"), QStringLiteral(":/civitas/migrations/core"), &error);
    QVERIFY2(m_db->open(m_dir->filePath(QStringLiteral("desk.sqlite")), &error)
                 && m_db->migrate(core, &error),
             qPrintable(error));
    ServerProfile::clear();
    m_session.setUser(QStringLiteral("u-1"),
                      QStringLiteral("someone"),
                      QStringLiteral("Someone"),
                      QString(),
                      {QStringLiteral("agent")});
}

void tst_TownIdentityPage::cleanup()
{
    ServerProfile::clear();
    delete m_db;
    delete m_dir;
}

void tst_TownIdentityPage::wrongValuesAreShownAndKept()
{
    SettingsDialog dialog;
    auto *page = new TownIdentitySettingsPage(*m_db, m_session);
    dialog.addPage(QStringLiteral("General"), {}, new PlainPage);
    dialog.addPage(QStringLiteral("Town"), {}, page);
    dialog.show();
    QVERIFY(page->isEditable()); // local mode: the desk's user is the town
    // A town never named is told at once.
    QVERIFY(!problem(page, TownIdentity::NameKey)->isHidden());

    page->findChild<QLineEdit *>(QStringLiteral("townName"))
        ->setText(QStringLiteral("Ville de Bron"));
    QVERIFY(problem(page, TownIdentity::NameKey)->isHidden());
    auto *siret = page->findChild<QLineEdit *>(QStringLiteral("townSiret"));
    QTest::keyClicks(siret, QStringLiteral("732 829 320 00079"));
    QLabel *siretProblem = problem(page, TownIdentity::SiretKey);
    QVERIFY(!siretProblem->isHidden());
    QVERIFY2(siretProblem->text().contains(QLatin1String("Luhn")),
             qPrintable(siretProblem->text()));
    page->findChild<QLineEdit *>(QStringLiteral("townInseeCode"))->setText(QStringLiteral("20004"));
    QVERIFY2(problem(page, TownIdentity::InseeCodeKey)->text().contains(QLatin1String("2A")),
             qPrintable(problem(page, TownIdentity::InseeCodeKey)->text()));

    // For a look: CIVITAS_SCREENSHOT_DIR=/tmp/x keeps the page with its problems.
    auto *list = dialog.findChild<QListWidget *>(QStringLiteral("settingsPages"));
    list->setCurrentRow(1);
    if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR"))
        dialog.grab().save(qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR")
                           + QStringLiteral("/town-identity-problems.png"));

    // OK keeps the dialog open on the page to fix; nothing is written.
    list->setCurrentRow(0);
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(list->currentRow(), 1);
    QCOMPARE(TownIdentity::load(*m_db), TownIdentity());

    siret->setText(QStringLiteral("216 900 290 00018"));
    page->findChild<QLineEdit *>(QStringLiteral("townInseeCode"))->setText(QStringLiteral("69029"));
    QVERIFY(siretProblem->isHidden());
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    const TownIdentity saved = TownIdentity::load(*m_db);
    QCOMPARE(saved.name, QStringLiteral("Ville de Bron"));
    QCOMPARE(saved.siret, QStringLiteral("21690029000018"));
    QCOMPARE(saved.inseeCode, QStringLiteral("69029"));
}

void tst_TownIdentityPage::onAServerOnlyAnAdministratorEdits()
{
    TownIdentity bron;
    bron.name = QStringLiteral("Ville de Bron");
    QVERIFY(bron.save(*m_db).ok());
    const int pending = m_db->pendingChangeCount();
    ServerProfile profile;
    profile.mode = ServerProfile::Mode::Server;
    profile.connection.host = QStringLiteral("127.0.0.1");
    profile.connection.database = QStringLiteral("civitas");
    profile.save();

    for (const QString &role : {QStringLiteral("hr"), QStringLiteral("department_head")}) {
        m_session.setUser(QStringLiteral("u-1"),
                          QStringLiteral("someone"),
                          QStringLiteral("Someone"),
                          QString(),
                          {QStringLiteral("agent"), role});
        TownIdentitySettingsPage page(*m_db, m_session);
        QVERIFY(!page.isEditable());
        auto *name = page.findChild<QLineEdit *>(QStringLiteral("townName"));
        QCOMPARE(name->text(), QStringLiteral("Ville de Bron"));
        QVERIFY(name->isReadOnly());
        name->setText(QStringLiteral("Ville de %1").arg(role));
        QVERIFY(page.canApply());
        page.apply();
    }
    QCOMPARE(TownIdentity::load(*m_db).name, QStringLiteral("Ville de Bron"));
    QCOMPARE(m_db->pendingChangeCount(), pending);

    m_session.setUser(QStringLiteral("u-1"),
                      QStringLiteral("someone"),
                      QStringLiteral("Someone"),
                      QString(),
                      {QStringLiteral("agent"), QStringLiteral("administrator")});
    TownIdentitySettingsPage page(*m_db, m_session);
    QVERIFY(page.isEditable());
    page.findChild<QLineEdit *>(QStringLiteral("townName"))
        ->setText(QStringLiteral("Ville de Lyon"));
    QVERIFY(page.canApply());
    page.apply();
    QCOMPARE(TownIdentity::load(*m_db).name, QStringLiteral("Ville de Lyon"));
}

void tst_TownIdentityPage::theLogoIsChosenShownAndSaved()
{
    TownIdentity bron;
    bron.name = QStringLiteral("Ville de Bron");
    QVERIFY(bron.save(*m_db).ok());
    QImage picture(300, 150, QImage::Format_RGB32);
    picture.fill(QColor(0x1f, 0x4e, 0x8c));
    const QString png = m_dir->filePath(QStringLiteral("blason.png"));
    QVERIFY(picture.save(png, "PNG"));
    const QString fake = m_dir->filePath(QStringLiteral("faux.png"));
    {
        QFile file(fake);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4\n%%EOF\n");
    }

    SettingsDialog dialog;
    auto *page = new TownIdentitySettingsPage(*m_db, m_session);
    dialog.addPage(QStringLiteral("Town"), {}, page);
    dialog.resize(760, 720);
    dialog.show();
    auto *preview = page->findChild<QLabel *>(QStringLiteral("townLogoPreview"));
    auto *caption = page->findChild<QLabel *>(QStringLiteral("townLogoCaption"));
    auto *logoProblem = page->findChild<QLabel *>(QStringLiteral("townLogoProblem"));
    QVERIFY(preview && caption && logoProblem);
    QVERIFY(preview->pixmap().isNull());

    // A PDF named .png: refused with the reason, nothing shown or staged.
    QVERIFY(!page->chooseLogo(fake));
    QVERIFY(!logoProblem->isHidden());
    QVERIFY2(logoProblem->text().contains(QLatin1String("PNG")), qPrintable(logoProblem->text()));
    QVERIFY(preview->pixmap().isNull());

    QVERIFY(page->chooseLogo(png));
    QVERIFY(logoProblem->isHidden());
    QVERIFY(!preview->pixmap().isNull());
    QVERIFY2(caption->text().contains(QLatin1String("blason.png")), qPrintable(caption->text()));
    QVERIFY(TownLogo(*m_db).file().isNull()); // not before OK
    if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR"))
        dialog.grab().save(qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR")
                           + QStringLiteral("/town-identity-logo.png"));
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(TownLogo(*m_db).image().size(), QSize(300, 150));
    QCOMPARE(TownLogo(*m_db).fileName(), QStringLiteral("blason.png"));

    // Shown as saved the next time; removed on OK.
    TownIdentitySettingsPage again(*m_db, m_session);
    QVERIFY(!again.findChild<QLabel *>(QStringLiteral("townLogoPreview"))->pixmap().isNull());
    auto *remove = again.findChild<QPushButton *>(QStringLiteral("removeTownLogo"));
    QVERIFY(remove->isEnabled());
    remove->click();
    QVERIFY(again.findChild<QLabel *>(QStringLiteral("townLogoPreview"))->pixmap().isNull());
    QVERIFY(!TownLogo(*m_db).file().isNull());
    QVERIFY(again.canApply());
    again.apply();
    QVERIFY(TownLogo(*m_db).file().isNull());

    // On a server, a page that is not the administrator's offers no button.
    ServerProfile profile;
    profile.mode = ServerProfile::Mode::Server;
    profile.connection.host = QStringLiteral("127.0.0.1");
    profile.connection.database = QStringLiteral("civitas");
    profile.save();
    m_session.setUser(QStringLiteral("u-1"),
                      QStringLiteral("someone"),
                      QStringLiteral("Someone"),
                      QString(),
                      {QStringLiteral("agent"), QStringLiteral("hr")});
    TownIdentitySettingsPage readOnly(*m_db, m_session);
    QVERIFY(readOnly.findChild<QPushButton *>(QStringLiteral("chooseTownLogo"))->isHidden());
    QVERIFY(readOnly.findChild<QPushButton *>(QStringLiteral("removeTownLogo"))->isHidden());
}

QTEST_MAIN(tst_TownIdentityPage)
#include "tst_townidentitypage.moc"
