// The Files settings page: the town's largest file (a town setting, an administrator's on a
// server) and this desk's cache of opened files (its room, emptying it now, what always stays).

#include "../../app/shell/filessettingspage.h"
#include "../../app/shell/serverprofile.h"

#include <core/access/session.h>
#include <core/files/filestore.h>
#include <core/files/filetype.h>
#include <core/storage/database.h>
#include <core/storage/migration.h>
#include <core/storage/townsettings.h>
#include <core/translations.h>

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Civitas;

class tst_FilesSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theLimitAndTheRoomAreSaved();
    void emptyingTheCacheKeepsWhatMustStay();
    void onAServerOnlyAnAdministratorSetsTheLimit();

private:
    QTemporaryDir *m_dir = nullptr;
    Database *m_db = nullptr;
    Session m_session;
};

void tst_FilesSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Translations::install(QStringLiteral("fr")));
}

void tst_FilesSettingsPage::init()
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

void tst_FilesSettingsPage::cleanup()
{
    ServerProfile::clear();
    delete m_db;
    delete m_dir;
}

void tst_FilesSettingsPage::theLimitAndTheRoomAreSaved()
{
    FilesSettingsPage page(*m_db, m_session);
    page.resize(700, 560);
    page.show();
    QVERIFY(page.isLimitEditable()); // local mode: the desk's user is the town
    auto *limit = page.findChild<QSpinBox *>(QStringLiteral("fileSizeLimit"));
    auto *room = page.findChild<QSpinBox *>(QStringLiteral("fileCacheCap"));
    QVERIFY(limit && room);
    // The defaults: 20 MB per file, 1 GB of cache.
    QCOMPARE(limit->value(), 20);
    QCOMPARE(room->value(), 1024);
    // At most what the server takes.
    QCOMPARE(limit->maximum(), 500);
    if (!qEnvironmentVariableIsEmpty("CIVITAS_SCREENSHOT_DIR"))
        page.grab().save(qEnvironmentVariable("CIVITAS_SCREENSHOT_DIR")
                         + QStringLiteral("/files-settings.png"));

    const int pending = m_db->pendingChangeCount();
    page.apply(); // nothing changed: nothing to push
    QCOMPARE(m_db->pendingChangeCount(), pending);

    limit->setValue(50);
    room->setValue(300);
    page.apply();
    QCOMPARE(TownSettings(*m_db).value(FileStore::SizeLimitSetting), QStringLiteral("52428800"));
    QCOMPARE(FileStore(*m_db).sizeLimit(), 50 * 1024 * 1024);
    QCOMPARE(FileStore(*m_db).cacheCapBytes(), 300 * 1024 * 1024);
    QCOMPARE(m_db->pendingChangeCount(), pending + 1);
}

void tst_FilesSettingsPage::emptyingTheCacheKeepsWhatMustStay()
{
    // Three files: one fetched from the server that no row here refers to any more (a cache),
    // the town's logo (every desk keeps it), one added here and never sent.
    FileStore store(*m_db);
    const Result<StoredFile> cached = store.addBytes("%PDF-1.4 cached", {FileType::Pdf});
    const Result<StoredFile> logo
        = store.addBytes(QByteArray("\x89PNG\r\n\x1a\n logo", 14), {FileType::Png});
    const Result<StoredFile> unsent = store.addBytes("%PDF-1.4 unsent", {FileType::Pdf});
    QVERIFY(cached.ok() && logo.ok() && unsent.ok());
    QSqlQuery q(m_db->connection());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE local_files SET on_server = 1 WHERE sha256 IN ('%1', '%2')")
                   .arg(cached.value().sha256, logo.value().sha256)));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO town_files (id, content_sha256, byte_size, "
                                  "mime_type) VALUES ('town/logo', '%1', 14, 'image/png')")
                       .arg(logo.value().sha256)));

    FilesSettingsPage page(*m_db, m_session);
    auto *use = page.findChild<QLabel *>(QStringLiteral("fileCacheUse"));
    QVERIFY(use && !use->text().isEmpty());
    const QString before = use->text();
    auto *empty = page.findChild<QPushButton *>(QStringLiteral("emptyFileCache"));
    QVERIFY(empty);
    QTest::mouseClick(empty, Qt::LeftButton);
    QVERIFY(!store.isAvailable(cached.value().sha256));
    QVERIFY(store.isAvailable(logo.value().sha256));
    QVERIFY(store.isAvailable(unsent.value().sha256));
    QVERIFY(use->text() != before);
}

void tst_FilesSettingsPage::onAServerOnlyAnAdministratorSetsTheLimit()
{
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
        FilesSettingsPage page(*m_db, m_session);
        QVERIFY(!page.isLimitEditable());
        auto *limit = page.findChild<QSpinBox *>(QStringLiteral("fileSizeLimit"));
        QVERIFY(!limit->isEnabled());
        // The desk's own room stays the user's.
        QVERIFY(page.findChild<QSpinBox *>(QStringLiteral("fileCacheCap"))->isEnabled());
        limit->setValue(80);
        page.apply();
        QCOMPARE(TownSettings(*m_db).value(FileStore::SizeLimitSetting), QString());
    }
    m_session.setUser(QStringLiteral("u-1"),
                      QStringLiteral("someone"),
                      QStringLiteral("Someone"),
                      QString(),
                      {QStringLiteral("agent"), QStringLiteral("administrator")});
    FilesSettingsPage page(*m_db, m_session);
    QVERIFY(page.isLimitEditable());
}

QTEST_MAIN(tst_FilesSettingsPage)
#include "tst_filessettingspage.moc"
