#pragma once

#include <hr/domain/agentfile.h>
#include <hr/hrglobal.h>

#include <QWidget>

#include <memory>

class QFrame;
class QLabel;
class QPushButton;
class QTabWidget;

namespace Civitas {
class Database;
class FileService;
class Session;
} // namespace Civitas

namespace Civitas::Hr {
class AgentFileStore;
class ElidedLabel;
} // namespace Civitas::Hr

namespace Civitas::Hr::Internal {

class AgentIdentityForm;
class CareerTab;
class DocumentsTab;
class PositionsTab;
class WorkingTimeTab;

// One agent file: identity, employment and posting, career, statutory positions, working time
// and documents, in tabs. HR edits it and saves everything at once; an agent reads their own
// file (read-only). Opening a file as HR is logged for the server's audit log.
class CIVITAS_HR_TESTS_EXPORT AgentFileWidget : public QWidget
{
    Q_OBJECT
public:
    AgentFileWidget(Database &database, const Session &session, QWidget *parent = nullptr);
    ~AgentFileWidget() override;

    enum class Reading { ByUser, Refresh };
    // Opening a file by the user is a read for the audit log; a refresh after a sync is not
    // (it would log a read at every sync, and each logged read syncs in turn).
    bool loadAgent(const QString &agentId, Reading reading = Reading::ByUser);
    void newAgent();
    void clear();
    // Saves the edits; false (with the reasons shown) when a rule refuses them.
    bool save();
    void revert();
    bool isModified() const { return m_modified; }
    // Asks whether to save pending edits; false when the user cancels.
    bool maybeSave();
    // A sync brought rows while the user edits: when they changed this file, a notice says
    // so above the tabs and offers to reload it (the edits are lost) or to keep editing (only
    // the fields the user changed are saved; the push merges them, or records a conflict).
    // Without edits the file is simply read again. True when the file changed.
    bool followChanges();
    bool isChangedElsewhereShown() const;
    void reloadFromFile();
    void keepEditing();
    QString agentId() const { return m_edited.agent.id; }
    void setReadOnly(bool readOnly);
    // Where pieces not on this desk are fetched from.
    void setFileService(FileService *files);
    const AgentFile &editedFile() const { return m_edited; }
    QString lastError() const { return m_lastError; }

    QTabWidget *tabs() const { return m_tabs; }
    CareerTab *careerTab() const { return m_career; }
    PositionsTab *positionsTab() const { return m_positions; }
    WorkingTimeTab *workingTimeTab() const { return m_workingTime; }
    DocumentsTab *documentsTab() const { return m_documents; }

signals:
    void saved(const QString &agentId);
    void modifiedChanged(bool modified);

private:
    void setModified(bool modified);
    void showFile();
    void updateHeader();
    void showHistory(const QString &table, const QString &column, const QString &label);
    void printSheet();
    void printCertificate();

    Database &m_database;
    const Session &m_session;
    std::unique_ptr<AgentFileStore> m_store;
    AgentFile m_original;
    AgentFile m_edited;
    bool m_modified = false;
    bool m_readOnly = false;
    QString m_lastError;

    ElidedLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_banner;
    QWidget *m_changedElsewhere;
    QPushButton *m_save;
    QPushButton *m_revert;
    QPushButton *m_printSheet;
    QPushButton *m_printCertificate;
    QTabWidget *m_tabs;
    AgentIdentityForm *m_identity;
    AgentIdentityForm *m_employment;
    CareerTab *m_career;
    PositionsTab *m_positions;
    WorkingTimeTab *m_workingTime;
    DocumentsTab *m_documents;
    QWidget *m_empty;
    QWidget *m_content;
};

} // namespace Civitas::Hr::Internal
