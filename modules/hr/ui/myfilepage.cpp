#include "myfilepage.h"
#include <hr/hrtr.h>

#include "agentfilewidget.h"
#include "hrwidgets.h"

#include <core/access/session.h>
#include <core/extension/liverefresh.h>

#include <QLabel>
#include <QVBoxLayout>

namespace Civitas::Hr::Internal {

MyFilePage::MyFilePage(Database &database, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_file(new AgentFileWidget(database, session, this))
    , m_missing(new QLabel(this))
{
    setObjectName(QStringLiteral("myFilePage"));
    m_file->setReadOnly(true);
    m_missing->setObjectName(QStringLiteral("myFileMissing"));
    m_missing->setWordWrap(true);
    auto *title = HrWidgets::pageTitle(Tr::tr("My file"), this);
    auto *note
        = new QLabel(Tr::tr("Your individual file as HR keeps it. To correct something, ask the "
                            "HR department: every change is dated and signed."),
                     this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->addWidget(title);
    layout->addWidget(note);
    layout->addWidget(m_missing);
    layout->addWidget(m_file, 1);
    reloadData();
    connect(&session, &Session::changed, this, &MyFilePage::reloadData);
    // HR's changes to the file, from their desk.
    LiveRefresh::follow(this,
                        database,
                        {QStringLiteral("agents"),
                         QStringLiteral("agent_details"),
                         QStringLiteral("career_steps"),
                         QStringLiteral("statutory_positions"),
                         QStringLiteral("working_times"),
                         QStringLiteral("agent_documents"),
                         QStringLiteral("org_units")},
                        [this] { reloadData(); });
}

void MyFilePage::reloadData()
{
    const bool found = !m_session.agentId().isEmpty()
                       && m_file->loadAgent(m_session.agentId(), AgentFileWidget::Reading::Refresh);
    m_missing->setText(Tr::tr("Your file is not on this computer yet. It arrives with the next "
                              "synchronisation, or HR has not created it."));
    m_missing->setVisible(!found);
    m_file->setVisible(found);
}

} // namespace Civitas::Hr::Internal
