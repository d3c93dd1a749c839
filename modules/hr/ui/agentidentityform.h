#pragma once

#include <hr/domain/agent.h>
#include <hr/hrglobal.h>

#include <QHash>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Civitas {
class Database;
}

namespace Civitas::Hr {
class OptionalDateEdit;
} // namespace Civitas::Hr

namespace Civitas::Hr::Internal {

// The identity, employment and posting fields of the agent file, checked as they are typed
// (the NIR with its key and against the sex and date of birth). Right-click on a field shows
// its history. There is deliberately no free comment field: the file may not hold opinions or
// health details (décret 2011-675), and a blank box invites them.
class CIVITAS_HR_TESTS_EXPORT AgentIdentityForm : public QWidget
{
    Q_OBJECT
public:
    enum Part { Identity, Employment };
    AgentIdentityForm(Database &database, Part part, QWidget *parent = nullptr);

    void load(const Agent &agent);
    void apply(Agent &agent) const;
    void setReadOnly(bool readOnly);
    // Shows a saving problem next to its field ("nir", "birthName"...); empty clears all.
    void showProblem(const QString &field, const QString &message, bool blocking);
    void clearProblems();

signals:
    void changed();
    void historyRequested(const QString &table, const QString &column, const QString &label);

private:
    void addRow(const QString &label,
                QWidget *field,
                const QString &table,
                const QString &column,
                const QString &problemKey);
    void checkNir();
    void fillUnits();
    void fillManagers(const QString &agentId);

    Database &m_database;
    Part m_part;
    QFormLayout *m_layout;
    QLabel *m_hint;
    QHash<QString, QLabel *> m_problems; // field -> message label under it
    QList<QWidget *> m_fields;
    bool m_loading = false;
    QString m_sex; // kept for the NIR check on the employment part

    // Identity
    QLineEdit *m_birthName = nullptr;
    QLineEdit *m_usageName = nullptr;
    QLineEdit *m_firstNames = nullptr;
    QComboBox *m_sexBox = nullptr;
    OptionalDateEdit *m_birthDate = nullptr;
    QLineEdit *m_birthPlace = nullptr;
    QLineEdit *m_nationality = nullptr;
    QLineEdit *m_nir = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_email = nullptr;
    // Employment and posting
    QLineEdit *m_registrationNumber = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_contractBasis = nullptr;
    OptionalDateEdit *m_contractStart = nullptr;
    OptionalDateEdit *m_contractEnd = nullptr;
    OptionalDateEdit *m_entryDate = nullptr;
    OptionalDateEdit *m_departureDate = nullptr;
    QComboBox *m_departureReason = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_postTitle = nullptr;
    QComboBox *m_lineManager = nullptr;
};

} // namespace Civitas::Hr::Internal
