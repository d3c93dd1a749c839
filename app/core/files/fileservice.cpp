#include "fileservice.h"
#include <core/coretr.h>

#include "filedownloader.h"
#include "filestore.h"
#include <core/storage/database.h>

#include <QCoreApplication>
#include <QSqlError>
#include <QThread>
#include <QTimer>

namespace Civitas {

FileFetch::FileFetch(QString sha256, QObject *parent)
    : QObject(parent)
    , m_sha256(std::move(sha256))
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    connect(this, &FileFetch::finished, this, &QObject::deleteLater);
    connect(this, &FileFetch::failed, this, &QObject::deleteLater);
}

FileService::FileService(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

FileService::~FileService()
{
    for (const Running &r : std::as_const(m_running))
        r.cancelled->store(true);
    for (const Running &r : std::as_const(m_running)) {
        if (r.thread)
            r.thread->wait();
    }
}

void FileService::setServer(const ServerConnection &connection, const QString &password)
{
    m_connection = connection;
    m_password = password;
}

FileFetch *FileService::fetch(const QString &sha256)
{
    auto *job = new FileFetch(sha256, this);
    if (FileStore(m_database).isAvailable(sha256)) {
        QTimer::singleShot(0, job, &FileFetch::finished);
        return job;
    }
    if (!hasServer()) {
        QTimer::singleShot(0, job, [job] {
            emit job->failed(Tr::tr("This file is not on this desk, and this desk works "
                                    "without a server."));
        });
        return job;
    }
    const QString name = QStringLiteral("civitas-file-fetch-%1").arg(++m_fetches);
    const ServerConnection connection = m_connection;
    const QString password = m_password;
    Database &database = m_database;
    const std::shared_ptr<std::atomic_bool> cancelled = job->m_cancelled;
    const QPointer<FileFetch> target(job);
    // Signals cross to the interface thread queued; a job deleted meanwhile gets nothing.
    const auto report = [target](auto &&call) {
        QMetaObject::invokeMethod(
            qApp,
            [target, call] {
                if (target)
                    call(target.data());
            },
            Qt::QueuedConnection);
    };
    QThread *thread = QThread::create([=, &database] {
        QString error;
        {
            QSqlDatabase server = connection.makeConnection(name, password);
            if (!server.open()) {
                error = Tr::tr("The server cannot be reached, so this file cannot be fetched "
                               "now: %1")
                            .arg(server.lastError().text());
            } else {
                FileDownloader downloader(database, server);
                downloader.cancelled = [cancelled] {
                    return cancelled->load();
                };
                downloader.progress = [report](qint64 done, qint64 total) {
                    report([done, total](FileFetch *f) { emit f->progress(done, total); });
                };
                const Result<void> got = downloader.fetch(sha256);
                if (!got.ok())
                    error = got.error();
                server.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        database.closeThreadConnection();
        if (error.isEmpty())
            report([](FileFetch *f) { emit f->finished(); });
        else
            report([error](FileFetch *f) { emit f->failed(error); });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_running.removeIf([](const Running &r) { return r.thread.isNull(); });
    m_running.append({thread, cancelled});
    thread->start();
    return job;
}

} // namespace Civitas
