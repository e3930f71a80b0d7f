# Writes a C++ source holding the shipped default policy and calendar
# (deploy/policies/fr-default.json, deploy/calendars/fr.json) as raw string
# literals, so that `relance gen` and `relance demo` publish them from any
# directory. Run at build time with
#   cmake -DPOLICY=... -DCALENDAR=... -DOUTPUT=... -P embed_defaults.cmake
set(delimiter "relance_default")
file(READ "${POLICY}" policy)
file(READ "${CALENDAR}" calendar)
set(out "// Generated from deploy/ by embed_defaults.cmake. Do not edit.\n")
string(APPEND out "#include \"tools/policy/defaults.h\"\n\nnamespace relance::policy {\n\n")
string(APPEND out "std::string_view DefaultPolicyJson() {\n  return R\"${delimiter}(${policy})${delimiter}\";\n}\n\n")
string(APPEND out "std::string_view DefaultCalendarJson() {\n  return R\"${delimiter}(${calendar})${delimiter}\";\n}\n\n")
string(APPEND out "}  // namespace relance::policy\n")
file(WRITE "${OUTPUT}.tmp" "${out}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
