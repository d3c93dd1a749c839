#include "sqllistmodel.h"

#include <core/storage/sql.h>

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Civitas {

SqlListModel::SqlListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SqlListModel::setSource(QSqlDatabase db, const QString &from, const QString &idExpression)
{
    m_db = db;
    m_from = from;
    m_idExpression = idExpression;
}

void SqlListModel::setColumns(const QList<SqlListColumn> &columns)
{
    beginResetModel();
    m_columns = columns;
    m_rows.clear();
    m_atEnd = true;
    endResetModel();
}

void SqlListModel::setFilter(const QString &name, const QString &clause, const QVariantList &values)
{
    for (int i = 0; i < m_filters.size(); ++i) {
        if (m_filters.at(i).first == name) {
            m_filters.removeAt(i);
            break;
        }
    }
    if (!clause.isEmpty())
        m_filters.append({name, Filter{clause, values}});
}

void SqlListModel::setSearch(const QString &ftsTable,
                             const QString &rowidExpression,
                             const QString &text)
{
    const QString query = Sql::ftsQuery(text);
    if (query.isEmpty()) {
        setFilter(QStringLiteral("__search"), {});
        return;
    }
    setFilter(QStringLiteral("__search"),
              QStringLiteral("%1 IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)")
                  .arg(rowidExpression, ftsTable),
              {query});
}

QString SqlListModel::whereClause(QVariantList *values) const
{
    QStringList clauses;
    for (const auto &filter : m_filters) {
        clauses << QLatin1Char('(') + filter.second.clause + QLatin1Char(')');
        *values += filter.second.values;
    }
    return clauses.isEmpty() ? QStringLiteral("1") : clauses.join(QLatin1String(" AND "));
}

QString SqlListModel::sortKey() const
{
    if (m_sortColumn < 0 || m_sortColumn >= m_columns.size())
        return m_idExpression;
    const SqlListColumn &c = m_columns.at(m_sortColumn);
    return c.sortExpression.isEmpty() ? c.expression : c.sortExpression;
}

QString SqlListModel::tieBreak() const
{
    if (m_sortColumn < 0 || m_sortColumn >= m_columns.size()
        || m_columns.at(m_sortColumn).sortIdExpression.isEmpty())
        return m_idExpression;
    return m_columns.at(m_sortColumn).sortIdExpression;
}

QString SqlListModel::selectSql(const QString &where, int limit) const
{
    const QString key = sortKey();
    QStringList select;
    for (const SqlListColumn &c : std::as_const(m_columns))
        select << c.expression;
    select << key << m_idExpression;
    const QString direction
        = m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString sql
        = QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 %5, %6 %5")
              .arg(select.join(QLatin1String(", ")), m_from, where, key, direction, tieBreak());
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    return sql;
}

QList<QStringList> SqlListModel::allDisplayRows(QString *errorMessage) const
{
    QVariantList values;
    const QString where = whereClause(&values);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool prepared = q.prepare(selectSql(where, 0));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    QList<QStringList> rows;
    if (!prepared || !q.exec()) {
        if (errorMessage)
            *errorMessage = q.lastError().text();
        return rows;
    }
    const int width = int(m_columns.size());
    while (q.next()) {
        QStringList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i) {
            const SqlListColumn &column = m_columns.at(i);
            row << (column.format ? column.format(q.value(i)) : q.value(i).toString());
        }
        rows.append(row);
    }
    return rows;
}

bool SqlListModel::fetchPage(QList<Row> *rows)
{
    QVariantList values;
    QString where = whereClause(&values);
    const bool ascending = m_sortOrder == Qt::AscendingOrder;
    const QString key = sortKey();
    if (!m_rows.isEmpty()) {
        const QVariantList &last = m_rows.constLast().values;
        where += QStringLiteral(" AND (%1, %2) %3 (?, ?)")
                     .arg(key, tieBreak(), ascending ? QStringLiteral(">") : QStringLiteral("<"));
        values << last.at(last.size() - 2) << last.constLast();
    }
    const QString sql = selectSql(where, m_pageSize);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool prepared = q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!prepared || !q.exec()) {
        m_lastError = q.lastError().text();
        emit errorOccurred(m_lastError);
        return false;
    }
    const int width = int(m_columns.size()) + 2;
    while (q.next()) {
        Row row;
        row.values.reserve(width);
        for (int i = 0; i < width; ++i)
            row.values << q.value(i);
        rows->append(row);
    }
    m_atEnd = rows->size() < m_pageSize;
    return true;
}

bool SqlListModel::select()
{
    m_lastError.clear();
    QVariantList values;
    const QString where = whereClause(&values);
    QSqlQuery count(m_db);
    const bool prepared
        = count.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                            .arg(m_countFrom.isEmpty() ? m_from : m_countFrom, where));
    for (const QVariant &v : std::as_const(values))
        count.addBindValue(v);
    int total = 0;
    if (prepared && count.exec() && count.next()) {
        total = count.value(0).toInt();
    } else {
        m_lastError = count.lastError().text();
    }
    m_fetching = true;
    beginResetModel();
    m_rows.clear();
    QList<Row> page;
    const bool ok = m_lastError.isEmpty() && fetchPage(&page);
    m_rows = page;
    if (!ok)
        m_atEnd = true;
    endResetModel();
    m_fetching = false;
    if (total != m_totalCount || !ok) {
        m_totalCount = ok ? total : 0;
        emit totalCountChanged(m_totalCount);
    }
    if (!ok && !m_lastError.isEmpty())
        emit errorOccurred(m_lastError);
    return ok;
}

bool SqlListModel::refresh()
{
    if (m_rows.isEmpty())
        return select();
    m_lastError.clear();
    QVariantList values;
    const QString where = whereClause(&values);
    QSqlQuery count(m_db);
    const bool countPrepared
        = count.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2")
                            .arg(m_countFrom.isEmpty() ? m_from : m_countFrom, where));
    for (const QVariant &v : std::as_const(values))
        count.addBindValue(v);
    if (!countPrepared || !count.exec() || !count.next()) {
        m_lastError = count.lastError().text();
        emit errorOccurred(m_lastError);
        return false;
    }
    const int total = count.value(0).toInt();
    // Up to the rows already fetched: the rows after them come through fetchMore() as before.
    const int limit = qMax(int(m_rows.size()), m_pageSize);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const bool prepared = q.prepare(selectSql(where, limit));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!prepared || !q.exec()) {
        m_lastError = q.lastError().text();
        emit errorOccurred(m_lastError);
        return false;
    }
    QList<Row> fresh;
    const int width = int(m_columns.size()) + 2;
    while (q.next()) {
        Row row;
        row.values.reserve(width);
        for (int i = 0; i < width; ++i)
            row.values << q.value(i);
        fresh.append(row);
    }
    auto idOf = [](const Row &row) {
        return row.values.constLast().toString();
    };
    QHash<QString, int> freshRowOf;
    for (int i = 0; i < fresh.size(); ++i)
        freshRowOf.insert(idOf(fresh.at(i)), i);

    m_fetching = true;
    // Rows that left, in runs from the bottom so that the rows above keep their numbers.
    for (int i = int(m_rows.size()) - 1; i >= 0;) {
        if (freshRowOf.contains(idOf(m_rows.at(i)))) {
            --i;
            continue;
        }
        const int last = i;
        while (i >= 0 && !freshRowOf.contains(idOf(m_rows.at(i))))
            --i;
        beginRemoveRows({}, i + 1, last);
        m_rows.remove(i + 1, last - i);
        endRemoveRows();
    }
    // The rows that stay, in the order the sort now gives them, with their new values.
    QSet<QString> kept;
    for (const Row &row : std::as_const(m_rows))
        kept.insert(idOf(row));
    QList<Row> ordered;
    QHash<QString, int> orderedRowOf;
    for (const Row &row : std::as_const(fresh)) {
        if (kept.contains(idOf(row))) {
            orderedRowOf.insert(idOf(row), int(ordered.size()));
            ordered.append(row);
        }
    }
    bool moved = false;
    for (int i = 0; i < ordered.size() && !moved; ++i)
        moved = idOf(ordered.at(i)) != idOf(m_rows.at(i));
    if (moved) {
        emit layoutAboutToBeChanged();
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &persistent : from)
            to << index(orderedRowOf.value(idOf(m_rows.at(persistent.row()))), persistent.column());
        m_rows = ordered;
        changePersistentIndexList(from, to);
        emit layoutChanged();
    } else {
        m_rows = ordered;
    }
    // New rows, in runs, where the sort puts them.
    for (int i = 0; i < fresh.size();) {
        if (kept.contains(idOf(fresh.at(i)))) {
            ++i;
            continue;
        }
        const int first = i;
        while (i < fresh.size() && !kept.contains(idOf(fresh.at(i))))
            ++i;
        beginInsertRows({}, first, i - 1);
        m_rows = m_rows.mid(0, first) + fresh.mid(first, i - first) + m_rows.mid(first);
        endInsertRows();
    }
    m_atEnd = fresh.size() < limit;
    if (!m_rows.isEmpty() && !m_columns.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_columns.size()) - 1));
    m_fetching = false;
    if (total != m_totalCount) {
        m_totalCount = total;
        emit totalCountChanged(m_totalCount);
    }
    return true;
}

QString SqlListModel::idAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).values.constLast().toString();
}

int SqlListModel::rowOfId(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).values.constLast().toString() == id)
            return i;
    }
    return -1;
}

int SqlListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SqlListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SqlListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant &raw = m_rows.at(index.row()).values.at(index.column());
    const SqlListColumn &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return column.format ? QVariant(column.format(raw)) : raw;
    case Qt::TextAlignmentRole:
        return int(column.alignment ? column.alignment : Qt::AlignLeft | Qt::AlignVCenter);
    case RawRole:
    case Qt::EditRole:
        return raw;
    case IdRole:
        return m_rows.at(index.row()).values.constLast();
    default:
        return {};
    }
}

QVariant SqlListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).header;
    if (role == Qt::TextAlignmentRole) {
        const Qt::Alignment alignment = m_columns.at(section).alignment;
        return int(alignment ? alignment : Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

bool SqlListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void SqlListModel::fetchMore(const QModelIndex &parent)
{
    // Views and testers may ask for more from inside the insertion's own signals.
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    m_fetching = true;
    QList<Row> page;
    if (!fetchPage(&page) || page.isEmpty()) {
        m_atEnd = true;
        m_fetching = false;
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
    m_fetching = false;
}

void SqlListModel::sort(int column, Qt::SortOrder order)
{
    // Views call sort() when they are set up; the owner calls select() once it is ready.
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    select();
}

} // namespace Civitas
