#pragma once

#include <hr/hrglobal.h>

#include <QLabel>

namespace Civitas::Hr {

// One line of text that never widens its page: cut short with "…" where the room ends, the
// whole text in the tooltip. A name may hold 200 characters (the server's limit); shown whole,
// it once pushed the main window past the screen's edge.
class CIVITAS_HR_EXPORT ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    // Whether the text is cut short at the present width.
    bool isElided() const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace Civitas::Hr
