#include "democontext.h"

#include <QUuid>

namespace Civitas {

QString DemoContext::uuid(QRandomGenerator &generator)
{
    quint64 high = generator.generate64();
    quint64 low = generator.generate64();
    high = (high & ~quint64(0xF000)) | 0x4000;                    // version 4
    low = (low & ~(quint64(0xC0) << 56)) | (quint64(0x80) << 56); // RFC 4122 variant
    const QUuid id(uint(high >> 32),
                   ushort(high >> 16),
                   ushort(high),
                   uchar(low >> 56),
                   uchar(low >> 48),
                   uchar(low >> 40),
                   uchar(low >> 32),
                   uchar(low >> 24),
                   uchar(low >> 16),
                   uchar(low >> 8),
                   uchar(low));
    return id.toString(QUuid::WithoutBraces);
}

} // namespace Civitas
