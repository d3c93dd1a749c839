#include "logindialog.h"
#include "shelltr.h"
#include <core/storage/textlimits.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Civitas {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_server(new QLabel(this))
    , m_userName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(ShellTr::tr("&Remember the password on this computer"), this))
    , m_error(new QLabel(this))
    , m_forget(new QPushButton(ShellTr::tr("&Forget this computer…"), this))
    , m_offline(new QPushButton(ShellTr::tr("Work &offline"), this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(ShellTr::tr("Log in to Civitas"));

    m_server->setObjectName(QStringLiteral("loginServer"));
    m_server->setStyleSheet(QStringLiteral("color: #5a6778;"));
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_server->setWordWrap(true);
    m_server->hide();
    m_userName->setObjectName(QStringLiteral("userName"));
    m_userName->setAccessibleName(ShellTr::tr("User name"));
    // Logins are ASCII identifiers: no auto-capitalisation or predictive text on tablets.
    m_userName->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(ShellTr::tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_userName->setMaxLength(TextLimits::Login);
    m_password->setMaxLength(TextLimits::Password);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setToolTip(ShellTr::tr("Kept in the system keychain, never in a file of Civitas."));
    m_remember->setChecked(false);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setAccessibleName(ShellTr::tr("Login error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background: #fcecea; "
                                          "border: 1px solid #e6b4ae; border-radius: 4px; "
                                          "padding: 6px 8px; }"));
    m_error->hide();
    m_forget->setObjectName(QStringLiteral("forgetComputer"));
    m_forget->setAutoDefault(false);
    m_offline->setObjectName(QStringLiteral("workOffline"));
    m_offline->setAutoDefault(false);
    m_offline->hide();
    m_buttons->setObjectName(QStringLiteral("buttons"));
    QPushButton *logIn = m_buttons->addButton(ShellTr::tr("&Log in"), QDialogButtonBox::AcceptRole);
    logIn->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(ShellTr::tr("&User name:"), m_userName);
    form->addRow(ShellTr::tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_server);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    // Outside the button box, which shows every button it lays out.
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_forget);
    bottom->addStretch();
    bottom->addWidget(m_offline);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_forget, &QPushButton::clicked, this, &LoginDialog::confirmForget);
    connect(m_offline, &QPushButton::clicked, this, [this] { done(WorkOffline); });
    connect(m_userName, &QLineEdit::textChanged, this, &LoginDialog::updateOkButton);
    connect(m_password, &QLineEdit::textChanged, this, &LoginDialog::updateOkButton);
    updateOkButton();
    resize(520, sizeHint().height());
}

void LoginDialog::setServerDescription(const QString &description)
{
    m_server->setText(ShellTr::tr("Server: %1").arg(description));
    m_server->setVisible(!description.isEmpty());
}

void LoginDialog::setUserName(const QString &userName)
{
    m_userName->setText(userName);
}

QString LoginDialog::userName() const
{
    return m_userName->text().trimmed();
}

void LoginDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

QString LoginDialog::password() const
{
    return m_password->text();
}

void LoginDialog::setRememberPassword(bool remember)
{
    m_remember->setChecked(remember);
}

bool LoginDialog::rememberPassword() const
{
    return m_remember->isChecked();
}

void LoginDialog::showError(LoginError kind, const QString &detail)
{
    m_error->setText(loginErrorMessage(kind, detail));
    m_error->show();
    m_offline->setVisible(kind == LoginError::ServerUnreachable);
    growToFit();
    // Where the user has something to do next.
    if (kind == LoginError::WrongPassword) {
        m_password->setFocus(Qt::OtherFocusReason);
        m_password->selectAll();
    }
}

void LoginDialog::showOfflineRefusal(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    m_offline->show();
    growToFit();
    m_password->setFocus(Qt::OtherFocusReason);
    m_password->selectAll();
}

void LoginDialog::clearError()
{
    m_error->clear();
    m_error->hide();
    m_offline->hide();
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // A remembered user name: straight to the password.
    if (m_userName->text().isEmpty())
        m_userName->setFocus(Qt::OtherFocusReason);
    else
        m_password->setFocus(Qt::OtherFocusReason);
}

void LoginDialog::confirmForget()
{
    QMessageBox box(QMessageBox::Warning,
                    ShellTr::tr("Forget this computer"),
                    ShellTr::tr("Forget this computer?"),
                    QMessageBox::NoButton,
                    this);
    box.setObjectName(QStringLiteral("forgetConfirmation"));
    QString details
        = ShellTr::tr("The copy of the data kept on this computer and the remembered password "
                      "will be deleted. The data on the server stays as it is.");
    if (m_pendingChanges > 0) {
        details += QStringLiteral("\n\n")
                   + ShellTr::tr("%n change(s) not yet sent to the server will be lost.",
                                 nullptr,
                                 m_pendingChanges);
    }
    box.setInformativeText(details);
    QPushButton *forget = box.addButton(ShellTr::tr("&Forget"), QMessageBox::DestructiveRole);
    forget->setObjectName(QStringLiteral("confirmForget"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    // A slip of the Enter key must not wipe anything.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == forget)
        emit forgetComputerRequested();
}

void LoginDialog::growToFit()
{
    // The error's word-wrapped text only counts through height-for-width: without this the
    // layout squeezes the fields to make room for it.
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void LoginDialog::updateOkButton()
{
    const bool complete = !m_userName->text().trimmed().isEmpty() && !m_password->text().isEmpty();
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(complete);
    }
}

} // namespace Civitas
