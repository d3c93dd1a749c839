#include "agentfilewidget.h"
#include "elidedlabel.h"
#include "hrwidgets.h"
#include <hr/hrtr.h>

#include "agentidentityform.h"
#include "careertab.h"
#include "documentstab.h"
#include "fieldhistorydialog.h"
#include "positionstab.h"
#include "workingtimetab.h"
#include <hr/domain/agentfilerules.h>
#include <hr/domain/hrcodes.h>
#include <hr/output/agentsheet.h>
#include <hr/output/employmentcertificate.h>
#include <hr/store/agentfilestore.h>

#include <core/access/roles.h>
#include <core/access/session.h>
#include <core/storage/database.h>

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Civitas::Hr::Internal {

AgentFileWidget::AgentFileWidget(Database &database, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_session(session)
    , m_store(std::make_unique<AgentFileStore>(database))
    , m_title(new ElidedLabel(this))
    , m_subtitle(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("agentFile"));
    m_title->setObjectName(QStringLiteral("agentFileTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setObjectName(QStringLiteral("agentFileSubtitle"));
    m_subtitle->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("agentFileProblems"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #7a1010; padding: 6px; border-radius: 3px; }"));
    m_banner->hide();

    // Said in the file itself, not in a dialog: the user decides when they are ready.
    auto *changed = new QFrame(this);
    changed->setObjectName(QStringLiteral("agentFileChangedElsewhere"));
    changed->setFrameShape(QFrame::StyledPanel);
    changed->setStyleSheet(QStringLiteral(
        "QFrame#agentFileChangedElsewhere { background: #fff4d6; border: 1px solid #e0b84a;"
        " border-radius: 3px; } QLabel { color: #5c4400; }"));
    auto *changedText
        = new QLabel(Tr::tr("This file was changed on another desk while you were editing it. "
                            "Your changes are not saved yet."),
                     changed);
    changedText->setObjectName(QStringLiteral("agentFileChangedElsewhereText"));
    changedText->setWordWrap(true);
    auto *reload = new QPushButton(Tr::tr("Reload the file"), changed);
    reload->setObjectName(QStringLiteral("reloadAgentFile"));
    reload->setToolTip(Tr::tr("Show the file as it is now; your changes are lost"));
    auto *keep = new QPushButton(Tr::tr("Keep editing"), changed);
    keep->setObjectName(QStringLiteral("keepEditingAgentFile"));
    keep->setToolTip(Tr::tr("Save later only the fields you changed"));
    auto *changedLayout = new QHBoxLayout(changed);
    changedLayout->setContentsMargins(8, 4, 8, 4);
    changedLayout->addWidget(changedText, 1);
    changedLayout->addWidget(reload);
    changedLayout->addWidget(keep);
    changed->setAccessibleName(changedText->text());
    changed->hide();
    m_changedElsewhere = changed;
    connect(reload, &QPushButton::clicked, this, &AgentFileWidget::reloadFromFile);
    connect(keep, &QPushButton::clicked, this, &AgentFileWidget::keepEditing);

    m_save
        = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), Tr::tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveAgentFile"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(Tr::tr("Save the file (Ctrl+S)"));
    m_revert = new QPushButton(Tr::tr("Cancel changes"), this);
    m_revert->setObjectName(QStringLiteral("revertAgentFile"));
    m_printSheet = new QPushButton(Tr::tr("Agent sheet…"), this);
    m_printSheet->setObjectName(QStringLiteral("printAgentSheet"));
    m_printSheet->setToolTip(Tr::tr("Print or save as PDF the summary of the file"));
    m_printCertificate = new QPushButton(Tr::tr("Employment certificate…"), this);
    m_printCertificate->setObjectName(QStringLiteral("printEmploymentCertificate"));

    m_identity = new AgentIdentityForm(database, AgentIdentityForm::Identity, this);
    m_employment = new AgentIdentityForm(database, AgentIdentityForm::Employment, this);
    m_career = new CareerTab(database, &m_edited, this);
    m_positions = new PositionsTab(&m_edited, this);
    m_workingTime = new WorkingTimeTab(&m_edited, this);
    m_documents = new DocumentsTab(*m_store, &m_edited, this);
    auto scrolled = [this](QWidget *w) {
        auto *area = new QScrollArea(this);
        area->setWidget(w);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    m_tabs->setObjectName(QStringLiteral("agentFileTabs"));
    m_tabs->addTab(scrolled(m_identity), Tr::tr("Identity"));
    m_tabs->addTab(scrolled(m_employment), Tr::tr("Employment and posting"));
    m_tabs->addTab(m_career, Tr::tr("Career"));
    m_tabs->addTab(m_positions, Tr::tr("Positions"));
    m_tabs->addTab(m_workingTime, Tr::tr("Working time"));
    m_tabs->addTab(m_documents, Tr::tr("Documents"));
    // With the agent list beside it, the file fits a 1280-pixel window.
    HrWidgets::compactLists(m_tabs);

    m_content = new QWidget(this);
    // The name and the saving on the first line, the status and the papers on the second:
    // beside the agent list, the file fits a 1280-pixel window.
    auto *header = new QGridLayout;
    header->addWidget(m_title, 0, 0);
    header->addWidget(m_revert, 0, 1);
    header->addWidget(m_save, 0, 2);
    header->addWidget(m_subtitle, 1, 0);
    header->addWidget(m_printSheet, 1, 1);
    header->addWidget(m_printCertificate, 1, 2);
    header->setColumnStretch(0, 1);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(header);
    contentLayout->addWidget(m_changedElsewhere);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(m_tabs, 1);

    m_empty = new QLabel(Tr::tr("Choose an agent in the list to open their file."), this);
    static_cast<QLabel *>(m_empty)->setAlignment(Qt::AlignCenter);
    auto *stack = new QStackedLayout(this);
    stack->addWidget(m_empty);
    stack->addWidget(m_content);

    auto modified = [this] {
        setModified(true);
    };
    connect(m_identity, &AgentIdentityForm::changed, this, modified);
    connect(m_employment, &AgentIdentityForm::changed, this, modified);
    connect(m_career, &CareerTab::changed, this, modified);
    connect(m_positions, &PositionsTab::changed, this, modified);
    connect(m_workingTime, &WorkingTimeTab::changed, this, modified);
    connect(m_documents, &DocumentsTab::changed, this, modified);
    connect(m_identity, &AgentIdentityForm::historyRequested, this, &AgentFileWidget::showHistory);
    connect(
        m_employment, &AgentIdentityForm::historyRequested, this, &AgentFileWidget::showHistory);
    connect(m_save, &QPushButton::clicked, this, &AgentFileWidget::save);
    connect(m_revert, &QPushButton::clicked, this, &AgentFileWidget::revert);
    connect(m_printSheet, &QPushButton::clicked, this, &AgentFileWidget::printSheet);
    connect(m_printCertificate, &QPushButton::clicked, this, &AgentFileWidget::printCertificate);
    clear();
}

AgentFileWidget::~AgentFileWidget() = default;

void AgentFileWidget::clear()
{
    m_changedElsewhere->hide();
    m_original = {};
    m_edited = {};
    setModified(false);
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_empty);
}

bool AgentFileWidget::loadAgent(const QString &agentId, Reading reading)
{
    auto file = m_store->load(agentId, &m_lastError);
    if (!file) {
        clear();
        static_cast<QLabel *>(m_empty)->setText(m_lastError);
        return false;
    }
    m_original = *file;
    m_edited = *file;
    // HR's reads of somebody's file go to the server's audit log.
    if (reading == Reading::ByUser && m_session.hasRole(Roles::Hr)
        && agentId != m_session.agentId())
        m_store->logRead(agentId, m_session.login());
    showFile();
    return true;
}

void AgentFileWidget::newAgent()
{
    m_original = {};
    m_edited = {};
    m_edited.agent.registrationNumber = m_store->nextRegistrationNumber();
    m_edited.agent.entryDate = QDate::currentDate();
    m_edited.agent.status = QStringLiteral("trainee");
    m_edited.workingTimes.append(WorkingTime{{}, QDate::currentDate()});
    showFile();
    m_tabs->setCurrentIndex(0);
    setModified(true);
}

bool AgentFileWidget::followChanges()
{
    const QString id = m_original.agent.id;
    if (id.isEmpty())
        return false; // a new agent: nothing of it on the server yet
    if (!m_modified) {
        loadAgent(id, Reading::Refresh);
        return true;
    }
    QString error;
    const auto now = m_store->load(id, &error);
    // A file that left this login's view stays on screen with its edits: saving says why.
    if (!now || AgentFileStore::sameContent(*now, m_original))
        return false;
    m_changedElsewhere->show();
    return true;
}

bool AgentFileWidget::isChangedElsewhereShown() const
{
    return !m_changedElsewhere->isHidden();
}

void AgentFileWidget::reloadFromFile()
{
    if (!m_original.agent.id.isEmpty())
        loadAgent(m_original.agent.id, Reading::Refresh);
}

void AgentFileWidget::keepEditing()
{
    // The save compares the edits with the file as it was opened: only the fields the user
    // changed are written, over the others' values the sync brought.
    m_changedElsewhere->hide();
}

void AgentFileWidget::showFile()
{
    m_banner->hide();
    m_changedElsewhere->hide();
    m_identity->load(m_edited.agent);
    m_employment->load(m_edited.agent);
    m_career->refresh();
    m_positions->refresh();
    m_workingTime->refresh();
    m_documents->refresh();
    // A file without its details is a head's view of a team member: only names and postings.
    const bool details = m_edited.agent.hasDetails;
    for (int i : {0, 2, 3, 5})
        m_tabs->setTabVisible(i, details);
    updateHeader();
    setModified(false);
    static_cast<QStackedLayout *>(layout())->setCurrentWidget(m_content);
}

void AgentFileWidget::updateHeader()
{
    const Agent &a = m_edited.agent;
    m_title->setFullText(a.id.isEmpty() && a.birthName.isEmpty() ? Tr::tr("New agent")
                                                                 : a.displayName());
    QStringList parts;
    if (!a.registrationNumber.isEmpty())
        parts << Tr::tr("Reg. no. %1").arg(a.registrationNumber);
    if (!a.status.isEmpty())
        parts << HrCodes::label(HrCodes::Status, a.status);
    if (const CareerStep *s = m_edited.careerStepOn(QDate::currentDate()))
        parts << s->grade;
    if (a.departureDate.isValid() && a.departureDate < QDate::currentDate())
        parts
            << Tr::tr("left on %1").arg(QLocale().toString(a.departureDate, QLocale::ShortFormat));
    m_subtitle->setText(parts.join(QStringLiteral(" · ")));
}

void AgentFileWidget::setModified(bool modified)
{
    const bool was = m_modified;
    m_modified = modified;
    m_save->setEnabled(modified && !m_readOnly);
    m_revert->setEnabled(modified && !m_readOnly);
    m_printSheet->setEnabled(!modified && !m_edited.agent.id.isEmpty()
                             && m_edited.agent.hasDetails);
    m_printCertificate->setEnabled(!modified && !m_edited.agent.id.isEmpty()
                                   && m_edited.agent.hasDetails);
    if (was != modified)
        emit modifiedChanged(modified);
}

bool AgentFileWidget::save()
{
    if (m_readOnly)
        return false;
    m_identity->apply(m_edited.agent);
    m_employment->apply(m_edited.agent);
    m_identity->clearProblems();
    m_employment->clearProblems();
    const QList<AgentFileRules::Problem> problems = AgentFileRules::check(m_edited);
    QStringList messages;
    for (const AgentFileRules::Problem &p : problems) {
        m_identity->showProblem(p.field, p.message, p.blocking);
        m_employment->showProblem(p.field, p.message, p.blocking);
        if (p.blocking)
            messages << p.message;
    }
    if (!messages.isEmpty()) {
        m_lastError = messages.join(QLatin1Char('\n'));
        m_banner->setText(Tr::tr("The file was not saved:") + QLatin1Char('\n')
                          + QStringLiteral("• ") + messages.join(QStringLiteral("\n• ")));
        m_banner->show();
        return false;
    }
    if (!m_store->save(m_original, m_edited, &m_lastError)) {
        m_banner->setText(Tr::tr("The file was not saved:") + QLatin1Char('\n') + m_lastError);
        m_banner->show();
        return false;
    }
    // Read back what the file now holds: ids, document numbers, current values.
    const QString id = m_edited.agent.id;
    {
        auto file = m_store->load(id, &m_lastError);
        if (file) {
            m_original = *file;
            m_edited = *file;
        }
    }
    showFile();
    emit saved(id);
    return true;
}

void AgentFileWidget::revert()
{
    m_edited = m_original;
    if (m_edited.agent.id.isEmpty() && m_original.agent.birthName.isEmpty()) {
        clear();
        return;
    }
    showFile();
}

bool AgentFileWidget::maybeSave()
{
    if (!m_modified || m_readOnly)
        return true;
    const auto answer
        = QMessageBox::question(this,
                                Tr::tr("Unsaved changes"),
                                Tr::tr("The file of %1 has changes that are not saved. Save them?")
                                    .arg(m_edited.agent.displayName()),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return false;
}

void AgentFileWidget::setFileService(FileService *files)
{
    m_documents->setFileService(files);
}

void AgentFileWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_identity->setReadOnly(readOnly);
    m_employment->setReadOnly(readOnly);
    m_career->setReadOnly(readOnly);
    m_positions->setReadOnly(readOnly);
    m_workingTime->setReadOnly(readOnly);
    m_documents->setReadOnly(readOnly);
    m_save->setVisible(!readOnly);
    m_revert->setVisible(!readOnly);
    // An employment certificate is issued and signed by HR, not printed by the agent.
    m_printCertificate->setVisible(!readOnly);
    setModified(m_modified);
}

void AgentFileWidget::showHistory(const QString &table, const QString &column, const QString &label)
{
    if (m_edited.agent.id.isEmpty())
        return;
    auto *dialog
        = new FieldHistoryDialog(m_database, table, m_edited.agent.id, column, label, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AgentFileWidget::printSheet()
{
    AgentSheet::printer(m_edited, m_database).showPrintPreview(this);
}

void AgentFileWidget::printCertificate()
{
    EmploymentCertificate::printer(m_edited, m_database).showPrintPreview(this);
}

} // namespace Civitas::Hr::Internal
