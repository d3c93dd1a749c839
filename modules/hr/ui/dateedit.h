#pragma once

#include <hr/hrglobal.h>

#include <QDateEdit>

namespace Civitas::Hr {

// The date field of every page: the arrows and the calendar as QDateEdit, and a date typed
// whole as a clerk writes it ("03/12/1968", "3/12/68", "03121968"). QDateEdit alone types
// into one section at a time from wherever the cursor is (03/12/1968 typed over 06/05/2024
// gave 03/05/1968), and nothing at all into a field showing blank. Here the first digit
// starts the date afresh; the date is taken once its year has four digits, or on Enter or
// when leaving the field; an unreadable one gives way to the date held before. Backspace
// with nothing typed empties the field (OptionalDateEdit) or keeps its date.
class CIVITAS_HR_EXPORT DateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);

    // The date `text` means, day first; invalid when none or outside [minimum, maximum].
    // `complete` says whether more typing could still change it (a year of four digits, or
    // eight digits in a row).
    static QDate parseTyped(
        const QString &text, QDate minimum, QDate maximum, QDate today, bool *complete = nullptr);

    // What the user has typed and not yet had taken; empty when not typing.
    QString typedText() const { return m_typing ? m_typed : QString(); }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

    // Blank typed and taken: what a field that may be empty does (OptionalDateEdit).
    virtual void typedBlank();

private:
    void showTyped();
    // Takes what was typed (when it reads as a date) and leaves typing.
    void finishTyping();
    void showDate();

    bool m_typing = false;
    QString m_typed;
};

} // namespace Civitas::Hr
