#include "generalsettingspage.h"
#include "shelltr.h"

#include <core/access/roles.h>
#include <core/access/session.h>
#include <core/corelogging.h>
#include <core/storage/database.h>
#include <core/storage/townsettings.h>
#include <core/translations.h>

#include "serverprofile.h"
#include "serversetupdialog.h"

#include <QPushButton>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace Civitas {

GeneralSettingsPage::GeneralSettingsPage(Database &database,
                                         const Session &session,
                                         QWidget *parent)
    : SettingsPage(parent)
    , m_database(database)
    , m_language(new QComboBox(this))
    , m_whitMondayWorked(
          new QCheckBox(ShellTr::tr("Whit Monday is worked (journée de solidarité)"), this))
    , m_alsaceMoselle(
          new QCheckBox(ShellTr::tr("Alsace-Moselle calendar (Good Friday and 26 December)"), this))
    , m_server(new QLabel(this))
{
    setObjectName(QStringLiteral("generalSettings"));
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->setAccessibleName(ShellTr::tr("Interface language"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translations::defaultLanguage())));
    m_whitMondayWorked->setObjectName(QStringLiteral("whitMondayWorked"));
    m_alsaceMoselle->setObjectName(QStringLiteral("alsaceMoselle"));
    const TownSettings settings(m_database);
    m_whitMondayWorked->setChecked(settings.flag(TownSettings::WhitMondayWorked));
    m_alsaceMoselle->setChecked(settings.flag(TownSettings::AlsaceMoselle));
    const ServerProfile profile = ServerProfile::load();
    // The server refuses anybody else's change: the page does not offer it.
    m_calendarEditable = profile.mode != ServerProfile::Mode::Server || session.hasRole(Roles::Hr)
                         || session.hasRole(Roles::Administrator);
    m_whitMondayWorked->setEnabled(m_calendarEditable);
    m_alsaceMoselle->setEnabled(m_calendarEditable);

    auto *interfaceBox = new QGroupBox(ShellTr::tr("Interface"), this);
    auto *interfaceForm = new QFormLayout(interfaceBox);
    interfaceForm->addRow(ShellTr::tr("&Language:"), m_language);
    auto *restartNote
        = new QLabel(ShellTr::tr("A new language applies at the next start."), interfaceBox);
    restartNote->setStyleSheet(QStringLiteral("color: #5a6778;"));
    interfaceForm->addRow(QString(), restartNote);

    auto *calendarBox = new QGroupBox(ShellTr::tr("Public holidays"), this);
    auto *calendarLayout = new QVBoxLayout(calendarBox);
    calendarLayout->addWidget(m_whitMondayWorked);
    calendarLayout->addWidget(m_alsaceMoselle);
    auto *calendarNote = new QLabel(
        ShellTr::tr("Leave durations are counted without public holidays: changing these options "
                    "changes the count of future requests."),
        calendarBox);
    if (!m_calendarEditable)
        calendarNote->setText(calendarNote->text() + QLatin1Char(' ')
                              + ShellTr::tr("They are the town's: HR or an administrator sets "
                                            "them."));
    calendarNote->setWordWrap(true);
    calendarNote->setStyleSheet(QStringLiteral("color: #5a6778;"));
    calendarLayout->addWidget(calendarNote);

    auto *dataBox = new QGroupBox(ShellTr::tr("Data"), this);
    auto *dataForm = new QFormLayout(dataBox);
    auto *path = new QLabel(m_database.path(), dataBox);
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    dataForm->addRow(ShellTr::tr("Local file:"), path);
    m_server->setObjectName(QStringLiteral("serverChoice"));
    m_server->setWordWrap(true);
    m_server->setText(profile.mode == ServerProfile::Mode::Server
                          ? profile.connection.toDisplayUri()
                          : ShellTr::tr("Local, on this computer only"));
    auto *change = new QPushButton(ShellTr::tr("Change…"), dataBox);
    change->setObjectName(QStringLiteral("changeServer"));
    change->setToolTip(
        ShellTr::tr("Choose between local use and the town's server; applies at the next start."));
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_server, 1);
    serverRow->addWidget(change);
    dataForm->addRow(ShellTr::tr("Mode:"), serverRow);
    connect(change, &QPushButton::clicked, this, [this] {
        ServerProfile current = ServerProfile::load();
        ServerSetupDialog dialog(this);
        dialog.setLocalOnly(current.mode != ServerProfile::Mode::Server);
        dialog.setServerConnection(current.connection);
        if (dialog.exec() != QDialog::Accepted)
            return;
        current.mode
            = dialog.isLocalOnly() ? ServerProfile::Mode::Local : ServerProfile::Mode::Server;
        const QString user = current.connection.user;
        current.connection = dialog.serverConnection();
        current.connection.user = user;
        current.save();
        m_server->setText((current.mode == ServerProfile::Mode::Server
                               ? current.connection.toDisplayUri()
                               : ShellTr::tr("Local, on this computer only"))
                          + QLatin1Char('\n') + ShellTr::tr("Applies at the next start."));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(interfaceBox);
    layout->addWidget(calendarBox);
    layout->addWidget(dataBox);
    layout->addStretch();
}

void GeneralSettingsPage::apply()
{
    QSettings().setValue(QStringLiteral("interface/language"), m_language->currentData());
    if (!m_calendarEditable)
        return;
    TownSettings settings(m_database);
    // Written only when changed: each write is a change pushed to the server and a recount.
    for (const auto &[key, box] : {std::pair{TownSettings::WhitMondayWorked, m_whitMondayWorked},
                                   std::pair{TownSettings::AlsaceMoselle, m_alsaceMoselle}}) {
        if (settings.flag(key) == box->isChecked())
            continue;
        const Result<void> written = settings.setFlag(key, box->isChecked());
        if (!written)
            qCWarning(lcStorage) << "town setting" << key << "not written:" << written.error();
    }
}

} // namespace Civitas
