#include "serversetupdialog.h"
#include "shelltr.h"

#include <core/storage/textlimits.h>

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSslCertificate>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Civitas {

namespace {

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #5a6778;"));
    return label;
}

} // namespace

ServerSetupDialog::ServerSetupDialog(QWidget *parent)
    : QDialog(parent)
    , m_local(new QRadioButton(ShellTr::tr("&Local use on this computer only"), this))
    , m_server(new QRadioButton(ShellTr::tr("&Connect to the town's server"), this))
    , m_serverFields(new QWidget(this))
    , m_host(new QLineEdit(m_serverFields))
    , m_port(new QSpinBox(m_serverFields))
    , m_database(new QLineEdit(m_serverFields))
    , m_sslMode(new QComboBox(m_serverFields))
    , m_caFile(new QLineEdit(m_serverFields))
    , m_browse(new QPushButton(ShellTr::tr("&Browse…"), m_serverFields))
    , m_allowInsecure(new QCheckBox(ShellTr::tr("Allow a connection that does not check the "
                                                "server (&insecure)"),
                                    m_serverFields))
    , m_insecureWarning(new QLabel(m_serverFields))
    , m_hostProblem(new QLabel(m_serverFields))
    , m_portProblem(new QLabel(m_serverFields))
    , m_databaseProblem(new QLabel(m_serverFields))
    , m_caFileProblem(new QLabel(m_serverFields))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("serverSetupDialog"));
    setWindowTitle(ShellTr::tr("Where Civitas keeps its data"));

    m_local->setObjectName(QStringLiteral("localOnly"));
    m_server->setObjectName(QStringLiteral("useServer"));
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_local);
    choice->addButton(m_server);

    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setMaxLength(TextLimits::HostName);
    m_host->setAccessibleName(ShellTr::tr("Server name or address"));
    m_host->setPlaceholderText(ShellTr::tr("for example sgbd.mairie.fr"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setAccessibleName(ShellTr::tr("Server port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    // A port is a number, not a quantity: no "5 432".
    m_port->setGroupSeparatorShown(false);
    m_port->setSizePolicy(QSizePolicy::Fixed, m_port->sizePolicy().verticalPolicy());
    m_port->setMinimumWidth(m_port->fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 40);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_database->setMaxLength(TextLimits::Login);
    m_database->setAccessibleName(ShellTr::tr("Database name"));
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    m_sslMode->setAccessibleName(ShellTr::tr("Connection security (TLS)"));
    const QStringList labels = {
        ShellTr::tr("No encryption (disable)"),
        ShellTr::tr("Encryption only if the server insists (allow)"),
        ShellTr::tr("Encryption if possible, server not checked (prefer)"),
        ShellTr::tr("Encryption, server not checked (require)"),
        ShellTr::tr("Encryption, certificate checked against the CA (verify-ca)"),
        ShellTr::tr("Encryption, certificate and server name checked (verify-full)"),
    };
    const QStringList modes = sslModes();
    for (int i = 0; i < modes.size(); ++i)
        m_sslMode->addItem(labels.at(i), modes.at(i));
    m_sslMode->setItemData(modes.indexOf(QStringLiteral("verify-full")),
                           ShellTr::tr("Recommended: nobody can pose as the server."),
                           Qt::ToolTipRole);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setMaxLength(TextLimits::Path);
    m_caFile->setAccessibleName(ShellTr::tr("CA certificate file"));
    m_caFile->setPlaceholderText(ShellTr::tr("the authority's certificate, .crt or .pem"));
    m_browse->setObjectName(QStringLiteral("browseCaFile"));
    m_browse->setAccessibleName(ShellTr::tr("Browse for the CA certificate file"));
    m_allowInsecure->setObjectName(QStringLiteral("allowInsecure"));
    m_insecureWarning->setObjectName(QStringLiteral("insecureWarning"));
    m_insecureWarning->setWordWrap(true);
    m_insecureWarning->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_insecureWarning->hide();
    for (QLabel *problem : {m_hostProblem, m_portProblem, m_databaseProblem, m_caFileProblem}) {
        problem->setWordWrap(true);
        problem->hide();
    }
    m_hostProblem->setObjectName(QStringLiteral("serverHostProblem"));
    m_portProblem->setObjectName(QStringLiteral("serverPortProblem"));
    m_databaseProblem->setObjectName(QStringLiteral("serverDatabaseProblem"));
    m_caFileProblem->setObjectName(QStringLiteral("caFileProblem"));
    m_buttons->setObjectName(QStringLiteral("buttons"));

    auto *form = new QFormLayout(m_serverFields);
    // Under the radio button it belongs to.
    form->setContentsMargins(24, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels of our own: QFormLayout would make the row, not the field, their buddy.
    const auto addRow = [this, form](const QString &text, QWidget *field, QWidget *row) {
        auto *label = new QLabel(text, m_serverFields);
        label->setBuddy(field);
        form->addRow(label, row);
    };
    addRow(ShellTr::tr("&Server:"), m_host, fieldWithProblem(m_host, m_hostProblem));
    addRow(ShellTr::tr("&Port:"), m_port, fieldWithProblem(m_port, m_portProblem));
    addRow(ShellTr::tr("&Database:"), m_database, fieldWithProblem(m_database, m_databaseProblem));
    addRow(ShellTr::tr("Securi&ty:"), m_sslMode, m_sslMode);
    addRow(
        ShellTr::tr("C&A file:"), m_caFile, fieldWithProblem(m_caFile, m_caFileProblem, m_browse));
    form->addRow(QString(), m_allowInsecure);
    form->addRow(QString(), m_insecureWarning);

    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(ShellTr::tr("Choose where your data lives. You can change this later in "
                                 "the settings."),
                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_local);
    auto *localNote
        = noteLabel(ShellTr::tr("The data stays in a file on this computer. Nobody else "
                                "sees it."),
                    this);
    localNote->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(localNote);
    layout->addSpacing(6);
    layout->addWidget(m_server);
    auto *serverNote
        = noteLabel(ShellTr::tr("Several people work on the same data. You keep working when "
                                "the network is down; changes are sent when it is back."),
                    this);
    serverNote->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(serverNote);
    layout->addWidget(m_serverFields);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ServerSetupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ServerSetupDialog::reject);
    connect(m_local, &QRadioButton::toggled, this, &ServerSetupDialog::validate);
    connect(m_host, &QLineEdit::textChanged, this, &ServerSetupDialog::validate);
    // QSpinBox::textChanged stays silent while the text is not a valid number (empty, "0"):
    // the editor inside it says everything.
    if (auto *portEditor = m_port->findChild<QLineEdit *>())
        connect(portEditor, &QLineEdit::textChanged, this, &ServerSetupDialog::validate);
    connect(m_database, &QLineEdit::textChanged, this, &ServerSetupDialog::validate);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ServerSetupDialog::validate);
    connect(m_sslMode, &QComboBox::activated, this, [this] { m_sslModeChosen = true; });
    connect(m_caFile, &QLineEdit::textEdited, this, &ServerSetupDialog::caFileEdited);
    connect(m_caFile, &QLineEdit::textChanged, this, &ServerSetupDialog::validate);
    connect(m_browse, &QPushButton::clicked, this, &ServerSetupDialog::browseCaFile);
    connect(m_allowInsecure, &QCheckBox::toggled, this, &ServerSetupDialog::insecureToggled);

    insecureToggled(false);
    setServerConnection(ServerConnection());
    setLocalOnly(true);
    resize(600, sizeHint().height());
}

QWidget *ServerSetupDialog::fieldWithProblem(QWidget *field, QLabel *problem, QWidget *besides)
{
    auto *row = new QWidget(m_serverFields);
    auto *column = new QVBoxLayout(row);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *line = new QHBoxLayout;
    const bool fixedWidth = field->sizePolicy().horizontalPolicy() == QSizePolicy::Fixed;
    line->addWidget(field, fixedWidth ? 0 : 1);
    if (besides)
        line->addWidget(besides);
    if (fixedWidth)
        line->addStretch(1);
    column->addLayout(line);
    column->addWidget(problem);
    field->setParent(row);
    problem->setParent(row);
    if (besides)
        besides->setParent(row);
    return row;
}

QStringList ServerSetupDialog::sslModes()
{
    return {QStringLiteral("disable"),
            QStringLiteral("allow"),
            QStringLiteral("prefer"),
            QStringLiteral("require"),
            QStringLiteral("verify-ca"),
            QStringLiteral("verify-full")};
}

bool ServerSetupDialog::modeVerifiesCertificate(const QString &sslMode)
{
    return sslMode == QLatin1String("verify-ca") || sslMode == QLatin1String("verify-full");
}

void ServerSetupDialog::setLocalOnly(bool localOnly)
{
    (localOnly ? m_local : m_server)->setChecked(true);
    validate();
}

bool ServerSetupDialog::isLocalOnly() const
{
    return m_local->isChecked();
}

void ServerSetupDialog::setServerConnection(const ServerConnection &connection)
{
    m_user = connection.user;
    m_host->setText(connection.host);
    m_port->setValue(connection.port);
    m_database->setText(connection.database);
    int mode = m_sslMode->findData(connection.sslMode);
    if (mode < 0)
        mode = m_sslMode->findData(QStringLiteral("verify-full"));
    // A weaker mode saved here was chosen with the box ticked: it stays ticked.
    m_allowInsecure->setChecked(m_sslMode->itemData(mode).toString()
                                != QLatin1String("verify-full"));
    m_sslMode->setCurrentIndex(mode);
    m_caFile->setText(connection.sslRootCert);
    // A server already set up carries a mode someone chose; a blank one only the default.
    m_sslModeChosen = connection.isValid();
    validate();
}

ServerConnection ServerSetupDialog::serverConnection() const
{
    ServerConnection connection;
    connection.host = m_host->text().trimmed();
    connection.port = m_port->value();
    connection.database = m_database->text().trimmed();
    connection.user = m_user;
    connection.sslMode = currentSslMode();
    // libpq also verifies with a CA file in the weaker modes, and then fails where the user
    // asked for no check: the file goes only with the modes that use it.
    if (modeVerifiesCertificate(connection.sslMode))
        connection.sslRootCert = m_caFile->text().trimmed();
    return connection;
}

QString ServerSetupDialog::currentSslMode() const
{
    return m_sslMode->currentData().toString();
}

ValidationResult ServerSetupDialog::checkHost(const QString &host)
{
    const QString h = host.trimmed();
    if (h.isEmpty())
        return ValidationResult::invalid(ShellTr::tr("Enter the server's name or address."));
    if (h.contains(QStringLiteral("://")))
        return ValidationResult::invalid(
            ShellTr::tr("Enter the server's name only, without \"postgresql://\"."));
    // Names, IPv4 and IPv6 addresses; libpq reads a comma as a list of hosts.
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._:%\\-\\[\\]]+$"));
    if (!allowed.match(h).hasMatch())
        return ValidationResult::invalid(
            ShellTr::tr("A server name holds only letters, digits, dots and hyphens."));
    return ValidationResult::valid();
}

ValidationResult ServerSetupDialog::checkDatabase(const QString &database)
{
    if (database.trimmed().isEmpty())
        return ValidationResult::invalid(ShellTr::tr("Enter the name of the database."));
    return ValidationResult::valid();
}

ValidationResult ServerSetupDialog::checkCaFile(const QString &sslMode, const QString &caFile)
{
    const QString path = caFile.trimmed();
    if (!modeVerifiesCertificate(sslMode)) {
        if (path.isEmpty())
            return ValidationResult::valid();
        return ValidationResult::warning(ShellTr::tr(
            "This mode does not check the server's certificate: the CA file is not used."));
    }
    if (path.isEmpty())
        return ValidationResult::invalid(ShellTr::tr(
            "This mode checks the server's certificate: choose the file of the certificate "
            "authority (CA) that signed it."));
    const QFileInfo info(path);
    if (!info.exists())
        return ValidationResult::invalid(ShellTr::tr("This file does not exist."));
    if (!info.isFile())
        return ValidationResult::invalid(ShellTr::tr("This is a folder, not a file."));
    if (!info.isReadable())
        return ValidationResult::invalid(ShellTr::tr("This file cannot be read."));
    if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty())
        return ValidationResult::invalid(
            ShellTr::tr("This file holds no certificate (PEM format)."));
    return ValidationResult::valid();
}

void ServerSetupDialog::caFileEdited(const QString &text)
{
    // Someone who gives a CA file wants the server checked, unless they said otherwise.
    if (!m_sslModeChosen && !text.trimmed().isEmpty())
        m_sslMode->setCurrentIndex(m_sslMode->findData(QStringLiteral("verify-full")));
}

void ServerSetupDialog::insecureToggled(bool allowed)
{
    auto *model = qobject_cast<QStandardItemModel *>(m_sslMode->model());
    const int full = m_sslMode->findData(QStringLiteral("verify-full"));
    for (int i = 0; model && i < m_sslMode->count(); ++i) {
        if (i != full)
            model->item(i)->setEnabled(allowed);
    }
    if (!allowed)
        m_sslMode->setCurrentIndex(full);
    validate();
}

void ServerSetupDialog::browseCaFile()
{
    const QString start
        = m_caFile->text().isEmpty() ? QString() : QFileInfo(m_caFile->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this,
        ShellTr::tr("Certificate of the authority (CA)"),
        start,
        ShellTr::tr("Certificates (*.crt *.pem *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    m_caFile->setText(path);
    caFileEdited(path);
}

void ServerSetupDialog::showProblem(QLabel *label, QWidget *field, const ValidationResult &result)
{
    label->setText(result.message);
    label->setVisible(!result.message.isEmpty());
    label->setStyleSheet(result.level == ValidationResult::Level::Invalid
                             ? QStringLiteral("color: #b3261e;")
                             : QStringLiteral("color: #7a5300;"));
    // Read out with the field by screen readers.
    field->setAccessibleDescription(result.message);
}

bool ServerSetupDialog::isInputValid() const
{
    if (isLocalOnly())
        return true;
    return checkHost(m_host->text()).isValid() && m_port->hasAcceptableInput()
           && checkDatabase(m_database->text()).isValid()
           && checkCaFile(currentSslMode(), m_caFile->text()).isValid();
}

void ServerSetupDialog::validate()
{
    const bool server = !isLocalOnly();
    m_serverFields->setEnabled(server);
    // Nothing to complain about in fields that do not apply.
    const auto shown = [server](const ValidationResult &result) {
        return server ? result : ValidationResult::valid();
    };
    showProblem(m_hostProblem, m_host, shown(checkHost(m_host->text())));
    showProblem(m_portProblem,
                m_port,
                shown(m_port->hasAcceptableInput() ? ValidationResult::valid()
                                                   : ValidationResult::invalid(ShellTr::tr(
                                                       "Enter a port from 1 to 65535 (the "
                                                       "usual one is 5432)."))));
    showProblem(m_databaseProblem, m_database, shown(checkDatabase(m_database->text())));
    showProblem(m_caFileProblem, m_caFile, shown(checkCaFile(currentSslMode(), m_caFile->text())));
    ServerConnection chosen;
    chosen.host = m_host->text().trimmed();
    chosen.sslMode = currentSslMode();
    m_insecureWarning->setText(ShellTr::tr("Insecure: %1").arg(chosen.insecureWarning()));
    m_insecureWarning->setVisible(server && !chosen.verifiesServer());
    m_sslMode->setAccessibleDescription(server ? chosen.insecureWarning() : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isInputValid());
    growToFit();
}

void ServerSetupDialog::growToFit()
{
    // A message that appears under a field needs room; the layout alone would squeeze the
    // fields instead (word-wrapped labels only count through height-for-width).
    if (!layout())
        return;
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

} // namespace Civitas
