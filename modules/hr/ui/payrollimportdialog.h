#pragma once

#include <hr/hrglobal.h>
#include <hr/store/payrollimport.h>

#include <QDialog>
#include <QList>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
QT_END_NAMESPACE

namespace Civitas {
class Database;
}

namespace Civitas::Hr::Internal {

// Imports agents from a payroll CSV export, step by step: the file and its encoding, the
// column mapping (guessed from the headers), a preview with every line's problems, then the
// import itself with progress and cancellation. Nothing is written before the user clicks
// Import, and then all the lines or none.
class CIVITAS_HR_TESTS_EXPORT PayrollImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Step { FileStep, MappingStep, ReviewStep, ProgressStep, SummaryStep };

    explicit PayrollImportDialog(Database &database, QWidget *parent = nullptr);

    // Reads `path` as if the user had chosen it, and shows the mapping.
    void setFile(const QString &path);
    Step step() const;
    const PayrollImport &payrollImport() const { return m_import; }

public slots:
    void reject() override;

private:
    void chooseFile();
    void loadFile(const QString &path);
    void encodingChanged();
    void fillMapping();
    void mappingChanged(int field);
    void analyse();
    void fillPreview();
    void fillReport();
    void goTo(Step step);
    void next();
    void back();
    void runImport();
    void updateButtons();

    PayrollImport m_import;
    bool m_analysisDirty = true;
    bool m_importing = false;
    bool m_cancelRequested = false;

    QStackedWidget *m_steps = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QLabel *m_fileInfo = nullptr;
    QList<QComboBox *> m_mappingCombos;
    QTableWidget *m_preview = nullptr;
    QTableWidget *m_report = nullptr;
    QLabel *m_counts = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelImportButton = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace Civitas::Hr::Internal
