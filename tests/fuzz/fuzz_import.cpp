// libFuzzer target: any bytes, read by the import parser as CSV and as JSON, must give requests,
// rejections or an error, never a crash, a sanitizer report or a hang.
#include "app/core/GeoReference.h"
#include "app/core/ImportParser.h"

#include <cstddef>
#include <cstdint>

// The reference data takes seconds to load under the sanitizers: loaded before the first input,
// so that it is not taken for a slow one.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    GeoReference::embedded();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const ImportParser parser(2018, GeoReference::embedded());
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const ParsedImport::Format format : { ParsedImport::Format::Csv, ParsedImport::Format::Json }) {
        const ParsedImport parsed = parser.parse(bytes, format);
        // Every row is accounted for.
        if (parsed.error.isEmpty() && !parsed.cancelled
            && parsed.read != parsed.events.size() + parsed.rejected.size()) {
            __builtin_trap();
        }
    }
    return 0;
}
