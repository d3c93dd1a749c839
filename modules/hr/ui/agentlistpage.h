#pragma once

#include <hr/hrglobal.h>

#include <core/extension/searchprovider.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Civitas {
class Database;
class Session;
} // namespace Civitas

namespace Civitas::Hr {
class AgentListModel;
} // namespace Civitas::Hr

namespace Civitas::Hr::Internal {

class AgentFileWidget;

// HR's page: the list of agents (search, filters, SQL sort, count always shown) beside the
// file of the selected agent. Export of the list as shown, printable list, payroll import.
class CIVITAS_HR_TESTS_EXPORT AgentListPage : public QWidget, public RecordView, public LiveView
{
    Q_OBJECT
public:
    AgentListPage(Database &database, const Session &session, QWidget *parent = nullptr);

    void showRecord(const QString &agentId) override;
    void reloadData() override;

    AgentListModel *model() const { return m_model; }
    AgentFileWidget *fileWidget() const { return m_file; }
    QTableView *table() const { return m_table; }

private:
    void applyFilters();
    void showEvent(QShowEvent *event) override;
    void updateCount();
    void currentRowChanged();
    void newAgent();
    void exportCsv();
    void printList();
    void importPayroll();
    QString filterDescription() const;

    Database &m_database;
    const Session &m_session;
    AgentListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_unit;
    QComboBox *m_status;
    QComboBox *m_category;
    QComboBox *m_sector;
    QComboBox *m_position;
    QComboBox *m_activity;
    QTableView *m_table;
    QLabel *m_count;
    AgentFileWidget *m_file;
    QTimer *m_searchDelay;
    QString m_shownAgentId;
    bool m_ready = false;
};

} // namespace Civitas::Hr::Internal
