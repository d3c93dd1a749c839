#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Civitas {

class Database;
class SyncEngine;

// What the sync could not settle alone. Conflicts: a field changed here and on the server;
// the user keeps theirs, takes the server's, or types another value, field by field.
// Refused changes: the server said no (rights, a rule, a value another record took), with its
// reason and the values refused (the record itself shows the server's); the user sends it
// again, changes a value and sends it again, or gives it up.
class ConflictsPage : public QWidget
{
    Q_OBJECT
public:
    ConflictsPage(Database &database, SyncEngine *engine, QWidget *parent = nullptr);

    void refresh();
    QTableWidget *conflictTable() const { return m_conflicts; }
    QTableWidget *refusalTable() const { return m_refusals; }

    void keepMine();
    void takeTheirs();
    void editValue();
    void retryRefused();
    void amendRefused();
    void discardRefused();

protected:
    void showEvent(QShowEvent *event) override;

private:
    qint64 selectedId(QTableWidget *table) const;
    void resolved();

    Database &m_database;
    SyncEngine *m_engine;
    QTableWidget *m_conflicts;
    QTableWidget *m_refusals;
    QLabel *m_summary;
};

} // namespace Civitas
