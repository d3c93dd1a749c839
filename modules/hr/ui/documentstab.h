#pragma once

#include <hr/domain/agentfile.h>
#include <hr/hrglobal.h>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

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
    // Adds a file as a new piece (saved with the file). Returns the problem, or empty.
    QString
    addDocumentFile(const QString &path, const QString &category, const QString &title, QDate date);
    // Opens the viewer on a piece; returns the viewer (closed by the user) for tests.
    QDialog *view(int row);

signals:
    void changed();

private:
    void chooseFile();
    void updateCategoryHint();

    AgentFileStore &m_store;
    AgentFile *m_file;
    QTableWidget *m_table;
    QWidget *m_form;
    QComboBox *m_category;
    QLineEdit *m_title;
    OptionalDateEdit *m_date;
    QLabel *m_hint;
    QLabel *m_problem;
};

} // namespace Civitas::Hr::Internal
