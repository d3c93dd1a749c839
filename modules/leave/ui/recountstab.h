#pragma once

#include <leave/leaveglobal.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Civitas {
class Database;
}

namespace Civitas::Leave {
class RecountListModel;
} // namespace Civitas::Leave

namespace Civitas::Leave::Internal {

// The leave counted again after a change of the days off, of the holiday settings or of an
// agent's working time: the request and the balance are already corrected, HR checks each
// and marks it reviewed, so that nothing changes behind an agent's back unseen.
class CIVITAS_LEAVE_TESTS_EXPORT RecountsTab : public QWidget
{
    Q_OBJECT
public:
    RecountsTab(Database &database, QWidget *parent = nullptr);

    // Reads the recounts again and tells how many are left to review.
    void reload();

    RecountListModel *model() const { return m_recounts; }

signals:
    // How many recounts are left to review (the page shows it in the tab's title).
    void countChanged(int count);

private:
    void createView();
    void layOut();
    void markReviewed();
    void updateCount();

    Database &m_database;
    RecountListModel *m_recounts;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_markReviewed = nullptr;
};

} // namespace Civitas::Leave::Internal
