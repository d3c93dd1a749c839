#pragma once

#include <hr/hrglobal.h>
#include <hr/models/teamlistmodel.h>

#include <core/extension/searchprovider.h>

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace Civitas {
class Database;
class Session;
} // namespace Civitas

namespace Civitas::Hr::Internal {

// What a department head sees of their team: names, postings and working patterns, for the
// units they head or deputise and their sub-units. Nothing else of the files, as the
// server's row-level security allows.
class CIVITAS_HR_TESTS_EXPORT TeamPage : public QWidget, public LiveView
{
    Q_OBJECT
public:
    TeamPage(Database &database, const Session &session, QWidget *parent = nullptr);

    void reloadData() override;
    TeamListModel *model() const { return m_model; }

private:
    void applyFilters();
    void showEvent(QShowEvent *event) override;

    Database &m_database;
    const Session &m_session;
    TeamListModel *m_model;
    QLineEdit *m_search;
    QTableView *m_table;
    QLabel *m_count;
};

} // namespace Civitas::Hr::Internal
