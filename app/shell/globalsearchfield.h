#pragma once

#include <core/extension/searchprovider.h>

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace Civitas {

class Session;

// The search field of the toolbar (Ctrl+K): asks every provider the user's roles allow,
// shows the answers grouped by category under the field, and opens the chosen record.
class GlobalSearchField : public QLineEdit
{
    Q_OBJECT
public:
    GlobalSearchField(const Session &session, QWidget *parent = nullptr);

    void setProviders(const QList<SearchProvider *> &providers) { m_providers = providers; }
    // Runs the search now (the field waits for a pause in typing otherwise).
    void searchNow();
    QStandardItemModel *resultsModel() const { return m_results; }
    // Opens the result at `row` of resultsModel().
    void activateResult(int row);

signals:
    void recordRequested(const QString &pageId, const QString &recordId);

private:
    const Session &m_session;
    QList<SearchProvider *> m_providers;
    QStandardItemModel *m_results;
    QCompleter *m_completer;
    QTimer *m_delay;
};

} // namespace Civitas
