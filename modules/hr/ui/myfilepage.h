#pragma once

#include <hr/hrglobal.h>

#include <core/extension/searchprovider.h>

#include <QWidget>

class QLabel;

namespace Civitas {
class Database;
class Session;
} // namespace Civitas

namespace Civitas::Hr::Internal {

class AgentFileWidget;

// "My file": the agent's own file, read-only: identity, career, position, working time and
// their documents. Corrections are asked of HR.
class CIVITAS_HR_TESTS_EXPORT MyFilePage : public QWidget, public LiveView
{
    Q_OBJECT
public:
    MyFilePage(Database &database, const Session &session, QWidget *parent = nullptr);

    void reloadData() override;
    AgentFileWidget *fileWidget() const { return m_file; }

private:
    const Session &m_session;
    AgentFileWidget *m_file;
    QLabel *m_missing;
};

} // namespace Civitas::Hr::Internal
