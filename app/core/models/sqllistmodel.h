#pragma once

#include <core/coreglobal.h>

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

#include <functional>

namespace Civitas {

// One column of a SqlListModel.
struct SqlListColumn
{
    QString header;         // translated
    QString expression;     // SQL expression shown, e.g. "u.display_name"
    QString sortExpression; // empty = expression; must be what an index covers
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    // Turns the raw value into the text shown (dates and money in the French format).
    std::function<QString(const QVariant &)> format;
    // The row's id as another joined table holds it (e.g. "c.agent_id" for "a.id"), used to
    // break ties when sorting by this column, so that an index of that table on (sort
    // expression, id) serves the whole ORDER BY. Must always equal the id; empty = the id.
    QString sortIdExpression = {};
};

// A read-only list over a SQL source that sorts, filters and searches in SQL and fetches
// its rows page by page with keyset pagination (ORDER BY sort key, id; next page WHERE
// (key, id) > (last key, last id)). It never sorts or filters in memory, so it stays right
// and fast whatever the size of the table (see docs/architecture.md on QSortFilterProxyModel).
class CIVITAS_CORE_EXPORT SqlListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;  // the row's id
    static constexpr int RawRole = Qt::UserRole + 2; // the unformatted value

    explicit SqlListModel(QObject *parent = nullptr);

    // `from` is a FROM clause ("user_accounts u LEFT JOIN org_units o ON ...");
    // `idExpression` a unique, never NULL key of a row ("u.id").
    void setSource(QSqlDatabase db, const QString &from, const QString &idExpression);
    void setColumns(const QList<SqlListColumn> &columns);
    // A lighter FROM clause for counting the rows: the source's tables that the filters use,
    // without the joins that only fetch shown columns (a count over 60,000 rows pays for every
    // join). It must give the same count; empty = the source's FROM.
    void setCountFrom(const QString &from) { m_countFrom = from; }
    QString countFrom() const { return m_countFrom.isEmpty() ? m_from : m_countFrom; }
    // A named condition ANDed with the others; an empty clause removes it.
    void setFilter(const QString &name, const QString &clause, const QVariantList &values = {});
    // Free text through an FTS5 table whose rowid is the source row's rowid.
    void setSearch(const QString &ftsTable, const QString &rowidExpression, const QString &text);
    void setPageSize(int rows) { m_pageSize = rows; }

    // Runs the query again from the first page. Call after changing filters or search.
    bool select();
    // Reads the rows again, filters and sort unchanged, after other desks changed them: as
    // many rows as were fetched (at least a page) are read anew; rows that left are removed,
    // new ones inserted where the sort puts them, and the others moved and updated in
    // place, so that views keep their selection, current row and scroll position (a reset
    // would lose them). A model never selected is selected.
    bool refresh();
    QString lastError() const { return m_lastError; }
    // Rows matching the filters (not only those fetched so far).
    int totalCount() const { return m_totalCount; }
    QString idAt(int row) const;
    int rowOfId(const QString &id) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // The WHERE clause and its values, for an export of the list as shown.
    QString whereClause(QVariantList *values) const;
    // Every row matching the filters and the search, in the current sort, as DisplayRole
    // shows them: for printing or exporting the whole list, not only the pages fetched so
    // far. Runs a query of its own, so the rows of the model and its views stay as they are.
    QList<QStringList> allDisplayRows(QString *errorMessage = nullptr) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void totalCountChanged(int count);
    void errorOccurred(const QString &message);

private:
    struct Filter
    {
        QString clause;
        QVariantList values;
    };
    struct Row
    {
        QVariantList values; // the columns, then the sort key, then the id
    };
    QString sortKey() const;
    QString tieBreak() const;
    // The rows' SELECT for `where`, in the current sort; no LIMIT when `limit` is 0.
    QString selectSql(const QString &where, int limit) const;
    bool fetchPage(QList<Row> *rows);

    QSqlDatabase m_db;
    QString m_from;
    QString m_countFrom;
    QString m_idExpression;
    QList<SqlListColumn> m_columns;
    QList<QPair<QString, Filter>> m_filters;
    QList<Row> m_rows;
    int m_pageSize = 200;
    int m_totalCount = 0;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_atEnd = true;
    bool m_fetching = false;
    QString m_lastError;
};

} // namespace Civitas
