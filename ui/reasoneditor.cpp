#include "reasoneditor.h"

#include "feedbackcolors.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

// The strings keep the cancel dialog's translation context, where they were first translated.
namespace OrderDesk {

using namespace Qt::Literals::StringLiterals;

ReasonEditor::ReasonEditor(QWidget* parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
{
    m_preset->setObjectName(u"reasonPreset"_s);
    m_preset->setAccessibleName(QCoreApplication::translate("OrderDesk::CancelDialog", "Reason"));
    m_preset->setAccessibleDescription(QCoreApplication::translate(
        "OrderDesk::CancelDialog", "Required. Sent to the platform with the details below, and kept in the history."));
    m_preset->addItem(QCoreApplication::translate("OrderDesk::CancelDialog", "Choose a reason…"), -1);
    for (auto preset :
         {CancelReason::Preset::CustomerChangedMind, CancelReason::Preset::CreatedInError,
          CancelReason::Preset::ItemsUnavailable, CancelReason::Preset::Duplicate, CancelReason::Preset::Other})
        m_preset->addItem(CancelReason::presetLabel(preset), int(preset));

    m_text->setObjectName(u"reasonText"_s);
    m_text->setAccessibleName(QCoreApplication::translate("OrderDesk::CancelDialog", "Reason in your own words"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(QCoreApplication::translate(
        "OrderDesk::CancelDialog", "Details for the platform and the history (required for \"Other\")"));
    m_counter->setObjectName(u"reasonCounter"_s);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(QCoreApplication::translate("OrderDesk::CancelDialog", "&Reason:"), m_preset);
    form->addRow(QCoreApplication::translate("OrderDesk::CancelDialog", "&Details:"), m_text);
    form->addRow(QString(), m_counter);
    setTabOrder(m_preset, m_text);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        updateCounter();
        emit changed();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        emit changed();
    });
    updateCounter();
}

CancelReason ReasonEditor::reason() const
{
    CancelReason r;
    const int preset = m_preset->currentData().toInt();
    r.preset = preset < 0 ? CancelReason::Preset::Other : CancelReason::Preset(preset);
    r.text = m_text->toPlainText();
    return r;
}

bool ReasonEditor::isChosen() const
{
    return m_preset->currentData().toInt() >= 0;
}

bool ReasonEditor::isAcceptable() const
{
    return isChosen() && reason().isValid();
}

QString ReasonEditor::problem() const
{
    const CancelReason r = reason();
    const int length = int(r.toRequestText().size());
    if (!isChosen())
        return QCoreApplication::translate("OrderDesk::CancelDialog", "Choose a reason to continue.");
    if (r.toRequestText().isEmpty())
        return QCoreApplication::translate("OrderDesk::CancelDialog", "Describe the reason to continue.");
    if (length > CancelReason::MaxLength)
        return QCoreApplication::translate("OrderDesk::CancelDialog", "The reason is %1 characters too long.")
            .arg(length - CancelReason::MaxLength);
    return {};
}

void ReasonEditor::setLocked(bool locked)
{
    m_preset->setEnabled(!locked);
    m_text->setReadOnly(locked);
}

QWidget* ReasonEditor::firstField() const
{
    return m_preset;
}

QWidget* ReasonEditor::lastField() const
{
    return m_text;
}

void ReasonEditor::updateCounter()
{
    const int length = int(reason().toRequestText().size());
    // UTF-16 code units, as JavaScript's `length` counts: the stricter of the two ways a server may count.
    m_counter->setText(QCoreApplication::translate("OrderDesk::CancelDialog", "%1 / %2 characters (emoji count as two)")
                           .arg(length)
                           .arg(CancelReason::MaxLength));
    QPalette p = m_counter->palette();
    p.setColor(QPalette::WindowText, labelTextColor(length > CancelReason::MaxLength, palette()));
    m_counter->setPalette(p);
}

} // namespace OrderDesk
