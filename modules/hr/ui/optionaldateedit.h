#pragma once

#include <hr/hrglobal.h>

#include "dateedit.h"

namespace Civitas::Hr {

// A date field that may be left empty (a departure date, a contract end): QDateEdit always
// holds a date, so its minimum stands for "no date" and shows as blank.
class CIVITAS_HR_EXPORT OptionalDateEdit : public DateEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    // An invalid QDate when empty.
    QDate optionalDate() const;
    void setOptionalDate(QDate date);
    void clearDate() { setOptionalDate({}); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void typedBlank() override;
};

} // namespace Civitas::Hr
