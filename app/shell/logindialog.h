#pragma once

#include <core/sync/loginerror.h>

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Civitas {

// Asks for the user name and password of the central server. The caller connects, and on
// failure calls showError() and shows the dialog again; the caller also reads and writes the
// keychain (only when "remember" is ticked) and remembers the user name. Nothing secret leaves
// this dialog except through password().
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    // exec() result of "Work offline", offered once the server proved unreachable.
    static constexpr int WorkOffline = 2;

    explicit LoginDialog(QWidget *parent = nullptr);

    // "postgresql://sgbd.mairie.fr:5432/civitas", shown so that the user knows where they log in.
    void setServerDescription(const QString &description);
    void setUserName(const QString &userName);
    QString userName() const;
    void setPassword(const QString &password);
    QString password() const;
    void setRememberPassword(bool remember);
    bool rememberPassword() const;
    // Changes not yet sent to the server: the "forget" confirmation says they would be lost.
    void setPendingChangeCount(int count) { m_pendingChanges = count; }

    void showError(Civitas::LoginError kind, const QString &detail = QString());
    // "Work offline" was refused (wrong password, no online login yet on this computer): the
    // message, the password selected for another try, and "Work offline" still offered.
    void showOfflineRefusal(const QString &message);
    void clearError();
    QString errorText() const;

signals:
    // The user confirmed: wipe the local file and the keychain entry.
    void forgetComputerRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void confirmForget();
    void updateOkButton();
    void growToFit();

    QLabel *m_server;
    QLineEdit *m_userName;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_error;
    QPushButton *m_forget;
    QPushButton *m_offline;
    QDialogButtonBox *m_buttons;
    int m_pendingChanges = 0;
};

} // namespace Civitas
