#include "serverfixture.h"

#include <hr/output/hrdocumentformat.h>

#include <core/files/filestore.h>
#include <core/files/filetype.h>
#include <core/files/townlogo.h>
#include <core/formats/documentprinter.h>
#include <core/sync/refusalreason.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QTemporaryDir>

using namespace Civitas;

// The town's logo on its official papers (central core 0015, local core 0011): a row of
// town_files referring to a picture of the file store. Only an administrator sets it; the
// server takes a PNG or a JPEG of at most 2 MiB, read from its bytes; every desk keeps it after
// its sync, so that papers printed offline carry it. Attacked in plain SQL as each role and
// through tampered desk files pushed by the real `civitas-admin sync`.
class tst_TownLogo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void theDeskRefusesWhatTheServerWould();
    void theLogoReachesEveryDeskAndItsPapers();
    void onlyAnAdministratorSetsTheLogo_data();
    void onlyAnAdministratorSetsTheLogo();
    void theServerChecksTypeAndSize();
    void tamperedAgentDeskIsRefused();
    void tamperedAdministratorsDeskCannotSendAPdf();
    void onlyAnAdministratorSetsTheFileLimit_data();
    void onlyAnAdministratorSetsTheFileLimit();

private:
    bool run(const QString &login, const QString &sql, QString *error = nullptr);
    // A file the owner put on the server, held by `login` as if it had uploaded it.
    QString storeAsHeldBy(const QString &login,
                          const QByteArray &head,
                          qint64 size,
                          const QString &mimeType);
    QString serverLogo();

    ServerFixture *m_server = nullptr;
    QTemporaryDir m_dir;
    int m_connections = 0;
};

namespace {

// A picture of `width` × `height` in `format` ("PNG", "JPEG"), its pixels from `seed`.
QByteArray pictureOf(int width, int height, const char *format, int seed = 1)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(seed * 37 % 360, 200, 180));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

QString hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

} // namespace

void tst_TownLogo::initTestCase()
{
    if (!ServerFixture::available())
        QSKIP("PGHOST is not set: run through ./test.sh, which starts PostgreSQL");
    QVERIFY(m_dir.isValid());
    m_server = new ServerFixture;
    QVERIFY(m_server->create());
    QVERIFY(
        m_server->exec(QStringLiteral("INSERT INTO civitas.org_units (id, kind, code, name) VALUES "
                                      "('u-ev', 'service', 'DST-EV', 'Espaces verts'), "
                                      "('u-rh', 'service', 'DRH', 'Ressources humaines')")));
    QVERIFY(m_server->exec(QStringLiteral(
        "INSERT INTO civitas.agents (id, registration_number, birth_name, first_names, "
        "org_unit_id, entry_date) VALUES "
        "('ag-1', '000001', 'MARTIN', 'Jeanne', 'u-ev', '2012-03-01'), "
        "('ag-head', '000002', 'DURAND', 'Paul', 'u-ev', '2005-09-01'), "
        "('ag-hr', '000003', 'PETIT', 'Lucie', 'u-rh', '2015-01-05')")));
    QVERIFY(m_server->exec(QStringLiteral(
        "UPDATE civitas.org_units SET head_agent_id = 'ag-head' WHERE id = 'u-ev'")));
    QVERIFY(m_server->addUser(
        QStringLiteral("tl_agent"), {}, QStringLiteral("DST-EV"), QStringLiteral("ag-1")));
    QVERIFY(m_server->addUser(QStringLiteral("tl_head"),
                              {QStringLiteral("department_head")},
                              QStringLiteral("DST-EV"),
                              QStringLiteral("ag-head")));
    QVERIFY(m_server->addUser(
        QStringLiteral("tl_hr"), {QStringLiteral("hr")}, QStringLiteral("DRH"), {"ag-hr"}));
    QVERIFY(m_server->addUser(
        QStringLiteral("tl_admin"), {QStringLiteral("administrator")}, QStringLiteral("DRH"), {}));
}

void tst_TownLogo::cleanupTestCase()
{
    delete m_server;
    m_server = nullptr;
}

// Each test starts with no logo (a synchronised row is never deleted: it loses its file).
void tst_TownLogo::init()
{
    QVERIFY(m_server->exec(QStringLiteral(
        "UPDATE civitas.town_files SET content_sha256 = NULL, byte_size = 0, mime_type = '', "
        "file_name = '' WHERE content_sha256 IS NOT NULL")));
}

bool tst_TownLogo::run(const QString &login, const QString &sql, QString *error)
{
    QSqlDatabase db
        = m_server->connectAs(login, QStringLiteral("tl-%1-%2").arg(login).arg(++m_connections));
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().databaseText();
    return false;
}

QString tst_TownLogo::storeAsHeldBy(const QString &login,
                                    const QByteArray &head,
                                    qint64 size,
                                    const QString &mimeType)
{
    QByteArray bytes = head;
    bytes.append(QByteArray::number(++m_connections));
    bytes.append(QByteArray(qMax<qint64>(0, size - bytes.size()), 'x'));
    bytes.truncate(size);
    const QString hash = hashOf(bytes);
    const bool stored = m_server->exec(
        QStringLiteral("INSERT INTO civitas.stored_files (sha256, byte_size, mime_type) VALUES "
                       "('%1', %2, '%3'); "
                       "INSERT INTO civitas.file_holders (sha256, login) VALUES ('%1', '%4')")
            .arg(hash)
            .arg(size)
            .arg(mimeType, login));
    return stored ? hash : QString();
}

QString tst_TownLogo::serverLogo()
{
    return m_server
        ->scalar(QStringLiteral("SELECT coalesce(content_sha256, '') FROM civitas.town_files "
                                "WHERE id = 'town/logo'"))
        .toString();
}

void tst_TownLogo::theDeskRefusesWhatTheServerWould()
{
    const QString png = write(m_dir, QStringLiteral("logo.png"), pictureOf(300, 120, "PNG"));
    const QString jpeg = write(m_dir, QStringLiteral("logo.jpg"), pictureOf(300, 120, "JPEG"));
    QVERIFY(TownLogo::problemWith(png).isEmpty());
    QVERIFY(TownLogo::problemWith(jpeg).isEmpty());

    // A PDF named as a picture: read from its content.
    const QString pdf = write(m_dir, QStringLiteral("blason.png"), QByteArray("%PDF-1.4\n%%EOF"));
    QVERIFY2(TownLogo::problemWith(pdf).contains(QLatin1String("PNG")),
             qPrintable(TownLogo::problemWith(pdf)));
    // Over 2 MiB: a PNG header then padding, refused before it is read.
    QByteArray large = pictureOf(10, 10, "PNG");
    large.append(QByteArray(TownLogo::SizeLimit, '\0'));
    const QString big = write(m_dir, QStringLiteral("large.png"), large);
    QVERIFY2(TownLogo::problemWith(big).contains(QLatin1String("too large")),
             qPrintable(TownLogo::problemWith(big)));
    // A small file announcing a picture far larger than a logo: not decoded.
    const QString wide = write(m_dir, QStringLiteral("wide.png"), pictureOf(7000, 2, "PNG"));
    QVERIFY(QFileInfo(wide).size() < TownLogo::SizeLimit);
    QVERIFY2(TownLogo::problemWith(wide).contains(QLatin1String("7000")),
             qPrintable(TownLogo::problemWith(wide)));
    // A PNG cut in the middle.
    const QByteArray whole = pictureOf(300, 120, "PNG", 3);
    const QString cut = write(m_dir, QStringLiteral("cut.png"), whole.left(whole.size() / 2));
    QVERIFY(!TownLogo::problemWith(cut).isEmpty());

    // set() refuses the same, storing nothing.
    Client desk(*m_server, QStringLiteral("tl_admin"));
    QVERIFY(!TownLogo(desk.db()).set(pdf).ok());
    QVERIFY(TownLogo(desk.db()).file().isNull());
    QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM local_files")).toInt(), 0);
}

void tst_TownLogo::theLogoReachesEveryDeskAndItsPapers()
{
    Client admin(*m_server, QStringLiteral("tl_admin"));
    Client agent(*m_server, QStringLiteral("tl_agent"));
    QVERIFY(admin.sync());
    QVERIFY(agent.sync());

    const QByteArray png = pictureOf(240, 120, "PNG", 7);
    QVERIFY(TownLogo(admin.db()).set(write(m_dir, QStringLiteral("blason.png"), png)).ok());
    QVERIFY(admin.sync());
    QCOMPARE(serverLogo(), hashOf(png));
    // The size and type are the server's, from the bytes it received.
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT byte_size || ' ' || mime_type || ' ' || "
                                         "file_name FROM civitas.town_files WHERE id = "
                                         "'town/logo'"))
                 .toString(),
             QStringLiteral("%1 image/png blason.png").arg(png.size()));

    // The agent's desk has the picture after its sync, without opening anything...
    QVERIFY(agent.sync());
    const QImage image = TownLogo(agent.db()).image();
    QCOMPARE(image.size(), QSize(240, 120));
    // ... and keeps it when its cache is emptied.
    QVERIFY(FileStore(agent.db()).evict(0, QString()).ok());
    QVERIFY(FileStore(agent.db()).isAvailable(hashOf(png)));

    // Its papers carry it: the PDF holds a picture; without a logo, none.
    const auto printed = [this](Database &db, const QString &name) {
        DocumentPrinter printer(QStringLiteral("Attestation"),
                                QStringLiteral("<p>{{{townLogo}}}Ville de Bron</p>"),
                                {});
        Hr::HrDocumentFormat::addTownLogo(printer, db);
        const QString path = m_dir.filePath(name);
        QString error;
        if (!printer.printToPdf(path, &error))
            return QByteArray("(not printed: " + error.toUtf8() + ')');
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QVERIFY(printed(agent.db(), QStringLiteral("with.pdf")).contains("/Subtype /Image"));

    // The administrator removes it: the next paper has none, on every desk.
    QVERIFY(TownLogo(admin.db()).remove().ok());
    QVERIFY(admin.sync());
    QCOMPARE(serverLogo(), QString());
    QVERIFY(agent.sync());
    QVERIFY(TownLogo(agent.db()).image().isNull());
    const QByteArray without = printed(agent.db(), QStringLiteral("without.pdf"));
    QVERIFY(without.startsWith("%PDF"));
    QVERIFY(!without.contains("/Subtype /Image"));
}

void tst_TownLogo::onlyAnAdministratorSetsTheLogo_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("sets");
    QTest::newRow("agent") << "tl_agent" << false;
    QTest::newRow("head") << "tl_head" << false;
    QTest::newRow("hr") << "tl_hr" << false;
    QTest::newRow("administrator") << "tl_admin" << true;
}

void tst_TownLogo::onlyAnAdministratorSetsTheLogo()
{
    QFETCH(QString, login);
    QFETCH(bool, sets);
    // Everybody reads the row: every desk prints it.
    QString error;
    QVERIFY2(run(login, QStringLiteral("SELECT * FROM civitas.town_files"), &error),
             qPrintable(error));

    // The login holds a picture, as if it had uploaded it: only the rule on the row refuses.
    const QByteArray pngHead = pictureOf(4, 4, "PNG").left(16);
    const QString held = storeAsHeldBy(login, pngHead, 5000, FileType::Png);
    QVERIFY(!held.isEmpty());
    const QString existing
        = storeAsHeldBy(QStringLiteral("tl_admin"), pngHead, 6000, FileType::Png);
    QVERIFY(run(QStringLiteral("tl_admin"),
                QStringLiteral("INSERT INTO civitas.town_files (id, content_sha256) VALUES "
                               "('town/logo', '%1') ON CONFLICT (id) DO UPDATE SET "
                               "content_sha256 = excluded.content_sha256")
                    .arg(existing)));

    const QStringList writes{
        QStringLiteral("UPDATE civitas.town_files SET content_sha256 = '%1' WHERE id = 'town/logo'")
            .arg(held),
        // The file's size and type are the server's, even beside the same file.
        QStringLiteral("UPDATE civitas.town_files SET byte_size = 1, mime_type = 'image/gif', "
                       "updated_by = 'x'"),
        QStringLiteral(
            "UPDATE civitas.town_files SET content_sha256 = NULL WHERE id = 'town/logo'"),
        QStringLiteral("UPDATE civitas.town_files SET deleted = 1 WHERE id = 'town/logo'"),
        // Only the files the town has: no row of one's own that every desk would keep.
        QStringLiteral("INSERT INTO civitas.town_files (id, content_sha256) VALUES "
                       "('town/seal', '%1')")
            .arg(held),
        QStringLiteral("INSERT INTO civitas.town_files (id, content_sha256) VALUES "
                       "('hr/photo-0001', '%1')")
            .arg(held),
        QStringLiteral("DELETE FROM civitas.town_files"),
    };
    for (const QString &sql : writes) {
        error.clear();
        const bool done = run(login, sql, &error);
        // Nobody deletes a synchronised row, and nobody writes the server's columns.
        const bool allowed = sets && !sql.startsWith(QLatin1String("DELETE"))
                             && !sql.startsWith(QLatin1String("INSERT"));
        QVERIFY2(done == allowed, qPrintable(login + QLatin1String(": ") + sql + u' ' + error));
        if (!done)
            QVERIFY2(error.contains(QLatin1String("permission denied"))
                         || error.contains(QLatin1String("row-level security"))
                         || error.contains(QLatin1String("cannot be deleted"))
                         || error.contains(QLatin1String("town_file_known")),
                     qPrintable(error));
    }
    // Taken from the administrator, the update kept the server's own values: the stamp, and
    // the size and type of the file it had.
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT count(*) FROM civitas.town_files WHERE "
                                         "byte_size = 1 OR mime_type = 'image/gif' OR "
                                         "updated_by = 'x'"))
                 .toInt(),
             0);
    if (!sets)
        QCOMPARE(serverLogo(), existing);
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT count(*) FROM civitas.town_files WHERE id "
                                         "<> 'town/logo'"))
                 .toInt(),
             0);
    QVERIFY(m_server->exec(
        QStringLiteral("UPDATE civitas.town_files SET content_sha256 = NULL, deleted = 0")));
}

void tst_TownLogo::theServerChecksTypeAndSize()
{
    QString error;
    // A PDF the administrator holds: not a picture.
    const QString pdf = storeAsHeldBy(QStringLiteral("tl_admin"), "%PDF-1.4\n", 900, FileType::Pdf);
    QVERIFY(!run(QStringLiteral("tl_admin"),
                 QStringLiteral("INSERT INTO civitas.town_files (id, content_sha256) VALUES "
                                "('town/logo', '%1') ON CONFLICT (id) DO UPDATE SET "
                                "content_sha256 = excluded.content_sha256")
                     .arg(pdf),
                 &error));
    QVERIFY2(error.contains(QLatin1String("cannot go in town_files")), qPrintable(error));
    // A picture of 2 MiB and a byte: over what a logo takes.
    const QByteArray pngHead = pictureOf(4, 4, "PNG").left(16);
    const QString large = storeAsHeldBy(
        QStringLiteral("tl_admin"), pngHead, TownLogo::SizeLimit + 1, FileType::Png);
    error.clear();
    QVERIFY(!run(QStringLiteral("tl_admin"),
                 QStringLiteral("INSERT INTO civitas.town_files (id, content_sha256) VALUES "
                                "('town/logo', '%1') ON CONFLICT (id) DO UPDATE SET "
                                "content_sha256 = excluded.content_sha256")
                     .arg(large),
                 &error));
    QVERIFY2(error.contains(QLatin1String("town_file_at_most_2_mib")), qPrintable(error));
    // A file nobody uploaded: the administrator cannot name it either.
    error.clear();
    QVERIFY(!run(QStringLiteral("tl_admin"),
                 QStringLiteral("INSERT INTO civitas.town_files (id, content_sha256) VALUES "
                                "('town/logo', '%1') ON CONFLICT (id) DO UPDATE SET "
                                "content_sha256 = excluded.content_sha256")
                     .arg(QString(64, u'a')),
                 &error));
    QVERIFY2(error.contains(QLatin1String("was not uploaded by")), qPrintable(error));
    // Exactly 2 MiB is taken.
    const QString limit
        = storeAsHeldBy(QStringLiteral("tl_admin"), pngHead, TownLogo::SizeLimit, FileType::Png);
    error.clear();
    QVERIFY2(run(QStringLiteral("tl_admin"),
                 QStringLiteral("INSERT INTO civitas.town_files (id, content_sha256) VALUES "
                                "('town/logo', '%1') ON CONFLICT (id) DO UPDATE SET "
                                "content_sha256 = excluded.content_sha256")
                     .arg(limit),
                 &error),
             qPrintable(error));
    QCOMPARE(serverLogo(), limit);
}

void tst_TownLogo::tamperedAgentDeskIsRefused()
{
    // An agent's desk file edited by hand: its own picture as the logo of every desk's papers.
    Client desk(*m_server, QStringLiteral("tl_agent"));
    QVERIFY(desk.sync());
    const QByteArray png = pictureOf(200, 100, "PNG", 11);
    const Result<StoredFile> stored = FileStore(desk.db()).addBytes(png, {FileType::Png});
    QVERIFY(stored.ok());
    QVERIFY(desk.exec(QStringLiteral("INSERT INTO town_files (id, content_sha256, byte_size, "
                                     "mime_type, file_name) VALUES ('town/logo', '%1', %2, "
                                     "'image/png', 'faux.png') ON CONFLICT (id) DO UPDATE SET "
                                     "content_sha256 = excluded.content_sha256")
                          .arg(stored.value().sha256)
                          .arg(png.size())));
    const QString out = adminSync(*m_server, QStringLiteral("tl_agent"), desk.path());
    QVERIFY2(out.contains(QLatin1String("refused 1")), qPrintable(out));
    QCOMPARE(serverLogo(), QString());
    const QString refusal = desk.scalar(QStringLiteral("SELECT group_concat(refusal, ' | ') FROM "
                                                       "sync_outbox WHERE state = 'refused'"))
                                .toString();
    QVERIFY2(refusal.contains(QLatin1String("permission denied"))
                 || refusal.contains(QLatin1String("row-level security")),
             qPrintable(refusal));
    // The Synchronisation page says it plainly.
    QVERIFY2(RefusalReason::plain(refusal).contains(QLatin1String("may not make this change")),
             qPrintable(RefusalReason::plain(refusal)));
    // The refused change is kept for its user to see or send again, and so is its file, even
    // when the cache is emptied and the desk's row is the server's again, without it.
    QCOMPARE(desk.scalar(QStringLiteral("SELECT count(*) FROM town_files WHERE id = 'town/logo' "
                                        "AND content_sha256 IS NULL"))
                 .toInt(),
             1);
    QVERIFY(FileStore(desk.db()).evict(0, QString()).ok());
    QVERIFY(FileStore(desk.db()).isAvailable(stored.value().sha256));
}

void tst_TownLogo::tamperedAdministratorsDeskCannotSendAPdf()
{
    // The page reads the picture; a desk file edited by hand skips the page, not the server: a
    // PDF stored as a PNG is refused at its upload, and the row referring to it with it.
    Client desk(*m_server, QStringLiteral("tl_admin"));
    QVERIFY(desk.sync());
    const QByteArray pdf = "%PDF-1.4\n" + QByteArray(3000, 'p');
    const Result<StoredFile> stored = FileStore(desk.db()).addBytes(pdf, {FileType::Pdf});
    QVERIFY(stored.ok());
    QVERIFY(desk.exec(QStringLiteral("UPDATE local_files SET mime_type = 'image/png'")));
    QVERIFY(desk.exec(QStringLiteral("INSERT INTO town_files (id, content_sha256, byte_size, "
                                     "mime_type, file_name) VALUES ('town/logo', '%1', %2, "
                                     "'image/png', 'logo.png') ON CONFLICT (id) DO UPDATE SET "
                                     "content_sha256 = excluded.content_sha256")
                          .arg(stored.value().sha256)
                          .arg(pdf.size())));
    const QString out = adminSync(*m_server, QStringLiteral("tl_admin"), desk.path());
    QVERIFY2(out.contains(QLatin1String("refused 1")), qPrintable(out));
    QCOMPARE(serverLogo(), QString());
    QCOMPARE(m_server
                 ->scalar(QStringLiteral("SELECT count(*) FROM civitas.stored_files WHERE "
                                         "sha256 = '%1'")
                              .arg(stored.value().sha256))
                 .toInt(),
             0);
}

void tst_TownLogo::onlyAnAdministratorSetsTheFileLimit_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("taken");
    QTest::newRow("agent") << "tl_agent"
                           << "52428800" << false;
    QTest::newRow("head") << "tl_head"
                          << "52428800" << false;
    QTest::newRow("hr") << "tl_hr"
                        << "52428800" << false;
    QTest::newRow("administrator") << "tl_admin"
                                   << "52428800" << true;
    QTest::newRow("administrator, 500 MiB") << "tl_admin"
                                            << "524288000" << true;
    QTest::newRow("administrator, over 500 MiB") << "tl_admin"
                                                 << "524288001" << false;
    QTest::newRow("administrator, zero") << "tl_admin"
                                         << "0" << false;
    QTest::newRow("administrator, not a number") << "tl_admin"
                                                 << "20 MB" << false;
    QTest::newRow("administrator, empty") << "tl_admin"
                                          << "" << false;
}

// The largest file the town takes bounds what every login may send: an administrator's, and a
// number the server reads as the desks do.
void tst_TownLogo::onlyAnAdministratorSetsTheFileLimit()
{
    QFETCH(QString, login);
    QFETCH(QString, value);
    QFETCH(bool, taken);
    QVERIFY(m_server->exec(QStringLiteral(
        "UPDATE civitas.town_settings SET deleted = 1 WHERE id = 'files/maxBytes'")));
    QString error;
    const bool done = run(login,
                          QStringLiteral("INSERT INTO civitas.town_settings (id, value) VALUES "
                                         "('files/maxBytes', '%1') ON CONFLICT (id) DO UPDATE SET "
                                         "value = excluded.value, deleted = 0")
                              .arg(value),
                          &error);
    QVERIFY2(done == taken, qPrintable(login + u' ' + value + u' ' + error));
    const qint64 limit
        = m_server->scalar(QStringLiteral("SELECT civitas.file_size_limit()")).toLongLong();
    QCOMPARE(limit, taken ? value.toLongLong() : qint64(20 * 1024 * 1024));
    QVERIFY(m_server->exec(QStringLiteral(
        "UPDATE civitas.town_settings SET deleted = 1 WHERE id = 'files/maxBytes'")));
}

QTEST_MAIN(tst_TownLogo)
#include "tst_townlogo.moc"
