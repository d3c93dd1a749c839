#pragma once

#include <core/french/validationresult.h>
#include <core/sync/serverconnection.h>

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QWidget;

namespace Civitas {

// Where the data lives: in a file on this computer only, or on the town's PostgreSQL server
// (the file then being the offline copy). Shown at first run and from the settings. Fields
// are checked as they are typed, with the reason beside the field, and OK stays disabled
// while anything is wrong. The user name and password are the login dialog's business.
// TLS is verify-full; a weaker mode is an explicit choice (a box to tick), warned about.
class ServerSetupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerSetupDialog(QWidget *parent = nullptr);

    void setLocalOnly(bool localOnly);
    bool isLocalOnly() const;
    // The user name is not edited here and comes back unchanged.
    void setServerConnection(const ServerConnection &connection);
    ServerConnection serverConnection() const;

    // Whether OK may be pressed now.
    bool isInputValid() const;

    // The six libpq modes, in order of strength.
    static QStringList sslModes();
    static bool modeVerifiesCertificate(const QString &sslMode);

    // The checks behind the messages, one per field.
    static ValidationResult checkHost(const QString &host);
    static ValidationResult checkDatabase(const QString &database);
    static ValidationResult checkCaFile(const QString &sslMode, const QString &caFile);

private:
    QWidget *fieldWithProblem(QWidget *field, QLabel *problem, QWidget *besides = nullptr);
    void browseCaFile();
    void caFileEdited(const QString &text);
    void insecureToggled(bool allowed);
    void validate();
    void growToFit();
    static void showProblem(QLabel *label, QWidget *field, const ValidationResult &result);
    QString currentSslMode() const;

    QRadioButton *m_local;
    QRadioButton *m_server;
    QWidget *m_serverFields;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QComboBox *m_sslMode;
    QLineEdit *m_caFile;
    QPushButton *m_browse;
    // verify-full unless this is ticked: the weaker modes stay greyed out until then.
    QCheckBox *m_allowInsecure;
    QLabel *m_insecureWarning;
    QLabel *m_hostProblem;
    QLabel *m_portProblem;
    QLabel *m_databaseProblem;
    QLabel *m_caFileProblem;
    QDialogButtonBox *m_buttons;
    QString m_user;
    // Once the user picked a mode, a CA file typed later no longer changes it.
    bool m_sslModeChosen = false;
};

} // namespace Civitas
