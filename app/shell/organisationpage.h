#pragma once

#include <core/extension/searchprovider.h>
#include <core/models/accountlistmodel.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QTreeWidget;

namespace Civitas {

class Database;

// The organisation chart (directions and services with their heads) beside the user
// accounts of the selected unit and its sub-units, with search and filters done in SQL.
class OrganisationPage : public QWidget, public RecordView, public LiveView
{
    Q_OBJECT
public:
    explicit OrganisationPage(Database &database, QWidget *parent = nullptr);

    void showRecord(const QString &recordId) override;
    void reloadData() override;
    AccountListModel *accountsModel() const { return m_model; }

private:
    void loadUnits();
    void applyFilters();
    void setModelFilters();
    void updateCount();
    void exportCsv();

    Database &m_database;
    QTreeWidget *m_units;
    QLineEdit *m_search;
    QComboBox *m_role;
    QComboBox *m_state;
    QTableView *m_table;
    QLabel *m_count;
    AccountListModel *m_model;
    QTimer *m_searchDelay;
    bool m_ready = false;
};

} // namespace Civitas
