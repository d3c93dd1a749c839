#pragma once

#include <hr/domain/agentfile.h>
#include <hr/hrglobal.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Civitas {
class FileService;
}

namespace Civitas::Hr {
class AgentFileStore;
class OptionalDateEdit;
} // namespace Civitas::Hr

namespace Civitas::Hr::Internal {

// The pieces of the file, numbered without gaps, in the categories of décret 2011-675. The
// absences category holds decisions (dates and type of leave), never a diagnosis.
class CIVITAS_HR_TESTS_EXPORT DocumentsTab : public QWidget
{
    Q_OBJECT
public:
    DocumentsTab(AgentFileStore &store, AgentFile *file, QWidget *parent = nullptr);

    void refresh();
    void setReadOnly(bool readOnly);
    // Where pieces not on this desk are fetched from (none: they cannot be opened here).
    void setFileService(FileService *files) { m_files = files; }
    // Adds a file as a new piece (saved with the file). Returns the problem, or empty.
    QString
    addDocumentFile(const QString &path, const QString &category, const QString &title, QDate date);
    // The viewer on a piece whose bytes are on this desk (closed by the user), else null.
    QDialog *view(int row);
    // Opens a piece: at once when its bytes are here, else after fetching them from the
    // server with progress and cancel; a withdrawn piece says why it cannot be opened.
    void open(int row);
    // Withdraws a saved piece with its reason and decision. Returns the problem, or empty.
    QString withdraw(int row, const QString &reason, const QString &decision);
    // Keeps a piece on this desk offline (or lets the cache drop it again).
    QString setKeptOffline(int row, bool kept);

signals:
    void changed();

private:
    void chooseFile();
    void updateCategoryHint();
    void askWithdrawal();
    void showProblem(const QString &problem);

    AgentFileStore &m_store;
    AgentFile *m_file;
    FileService *m_files = nullptr;
    QPushButton *m_withdraw;
    QPushButton *m_keep;
    QTableWidget *m_table;
    QWidget *m_form;
    QComboBox *m_category;
    QLineEdit *m_title;
    OptionalDateEdit *m_date;
    QLabel *m_hint;
    QLabel *m_problem;
};

} // namespace Civitas::Hr::Internal
