#pragma once

#include <leave/leaveglobal.h>
#include <leave/store/leaverequeststore.h>

#include <QDialog>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Civitas::Hr {
class DateEdit;
}

namespace Civitas::Leave::Internal {

// The agent's leave request, new or a draft taken up again. While it is typed it shows the
// count (days worked, or calendar days, with the holidays and days off left out), the balance
// before and after, and every refusal of the rules next to the field it is about; Submit
// stays disabled while one remains. A refused save keeps everything typed.
class CIVITAS_LEAVE_TESTS_EXPORT LeaveRequestForm : public QDialog
{
    Q_OBJECT
public:
    // `store` belongs to the caller and outlives the form.
    LeaveRequestForm(LeaveRequestStore &store, const QString &agentId, QWidget *parent = nullptr);

    // Takes up a draft (or prefills a new request when its id is empty).
    void setRequest(const LeaveRequest &request);
    // The request as typed.
    LeaveRequest request() const;
    // Reads a supporting document (PDF, JPEG, PNG up to 5 MB); false, with the reason shown
    // next to the field, when it is not one.
    bool attachDocument(const QString &path);
    // The refusals shown now, by field.
    QList<LeaveProblem> problems() const { return m_problems; }
    // What the store said of the request as typed last.
    LeaveRequestStore::Evaluation evaluation() const { return m_evaluation; }
    QString lastError() const { return m_lastError; }
    // Whether the notice that the request changed on another desk is shown (a sync brought a
    // new form of the draft while it was edited here).
    bool isChangedElsewhereShown() const;

signals:
    // The request was saved as a draft or submitted; `state` is the state it reached.
    void saved(const QString &requestId, Civitas::Leave::LeaveRequestState state);

private:
    void typeChanged();
    void firstDayChanged();
    void refresh();
    void fitHeight();
    void showProblems(const QList<LeaveProblem> &problems);
    void chooseDocument();
    void removeDocument();
    void submit();
    void saveDraft();
    void finishSave(const LeaveRequestStore::Result &result, const LeaveRequest &written);
    const LeaveType *currentType() const;
    // A sync brought rows: the count and balance are read again; the draft, if it changed
    // elsewhere, is reloaded when nothing was typed here, otherwise the notice says so.
    void followChanges();
    bool isEdited() const;
    void reloadRequest();
    void keepEditing();

    LeaveRequestStore &m_store;
    QString m_agentId;
    LeaveRequest m_request; // id, state and document of what is being edited
    QList<LeaveProblem> m_problems;
    LeaveRequestStore::Evaluation m_evaluation;
    QString m_lastError;
    bool m_loading = false;

    QFormLayout *m_form;
    QComboBox *m_type;
    Hr::DateEdit *m_firstDay;
    QComboBox *m_firstHalf;
    Hr::DateEdit *m_lastDay;
    QComboBox *m_lastHalf;
    QLabel *m_count;
    QLabel *m_skipped;
    QLabel *m_balance;
    QWidget *m_documentRow;
    QLabel *m_documentName;
    QPushButton *m_attach;
    QPushButton *m_removeDocument;
    QPlainTextEdit *m_comment;
    QLabel *m_error;
    QWidget *m_changedElsewhere;
    QLabel *m_changedElsewhereText;
    QPushButton *m_reload;
    QPushButton *m_keepEditing;
    // Submitted, decided or removed on another desk: nothing can be saved from this form.
    bool m_lockedElsewhere = false;
    QHash<int, QLabel *> m_problemLabels; // by LeaveProblem::Field
    QPushButton *m_submit;
    QPushButton *m_saveDraft;
    QPushButton *m_cancel;
};

} // namespace Civitas::Leave::Internal
