#pragma once

#include <core/coreglobal.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace Civitas {

struct SearchResult
{
    QString title;
    QString subtitle;
    QString category; // translated, e.g. "Agents"
    QString pageId;   // page that shows the record
    QString recordId; // given to the page's RecordView::showRecord
};

// Answers the global search (Ctrl+K) for one kind of record.
class CIVITAS_CORE_EXPORT SearchProvider
{
public:
    virtual ~SearchProvider();
    virtual QString category() const = 0;
    virtual QStringList roles() const { return {}; }
    // Called on the interface thread while the user types: must answer from the local file
    // in a few milliseconds (use an FTS5 index, and the limit).
    virtual QList<SearchResult> search(const QString &text, int limit) const = 0;
};

// A page that can bring one record to the front (after a search, a counter click...).
class CIVITAS_CORE_EXPORT RecordView
{
public:
    virtual ~RecordView();
    virtual void showRecord(const QString &recordId) = 0;
};

// A page that shows data other desks may change: it follows the tables it shows
// (LiveRefresh), so that what is on screen is what the file now holds.
class CIVITAS_CORE_EXPORT LiveView
{
public:
    virtual ~LiveView();
    virtual void reloadData() = 0;
};

} // namespace Civitas
