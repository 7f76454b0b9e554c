# Every translation context the code looks up at run time must be one lupdate writes to the .ts
# file, and every context of the .ts file must be one the code looks up: a message under any other
# context can never be found (a free tr() helper calling QCoreApplication::translate("warroom::Csv")
# from namespace warroom::csv is looked up under "warroom::Csv" but recorded under "warroom::csv").
#   cmake -DSOURCE_DIR=<tree> -DTS_FILE=<tree>/translations/warroom_de.ts -P translationcontexts.cmake
# Contexts looked up at run time: QCoreApplication::translate("<context>", ...),
# Q_DECLARE_TR_FUNCTIONS(<context>), WARROOM_ENUM_FUNCTIONS(..., "<context>"), the qualified name of each Q_OBJECT class (QObject::tr) and the
# class of each Designer form. Free functions or lambdas named tr are refused: lupdate files their
# strings under the caller's namespace or class, whatever context they pass at run time.
cmake_minimum_required(VERSION 3.25)

set(ws "[ \t\r\n]*")
file(GLOB_RECURSE sources LIST_DIRECTORIES false "${SOURCE_DIR}/src/*.h" "${SOURCE_DIR}/src/*.cpp")
list(SORT sources)

set(runtime)          # looked up by a literal context: must be in the .ts file
set(qobjects)         # QObject::tr of a Q_OBJECT class: in the .ts file only if it has messages
set(helpers)
foreach(path IN LISTS sources)
    file(READ "${path}" text)
    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${path}")

    string(REGEX MATCHALL "translate\\(${ws}\"[^\"]+\"" hits "${text}")
    foreach(hit IN LISTS hits)
        string(REGEX REPLACE "^translate\\(${ws}\"([^\"]+)\"$" "\\1" context "${hit}")
        list(APPEND runtime "${context}")
    endforeach()

    # The enum tables' displayName(): WARROOM_ENUM_FUNCTIONS(Enum, table, "<context>")
    # (core/base/enumtable.h) translates the table's names in the context it is given.
    string(REGEX MATCHALL "WARROOM_ENUM_FUNCTIONS\\([^)\"]*\"[^\"]+\"" hits "${text}")
    foreach(hit IN LISTS hits)
        string(REGEX REPLACE "^.*\"([^\"]+)\"$" "\\1" context "${hit}")
        list(APPEND runtime "${context}")
    endforeach()

    string(REGEX MATCHALL "Q_DECLARE_TR_FUNCTIONS\\(${ws}[A-Za-z_:]+${ws}\\)" hits "${text}")
    foreach(hit IN LISTS hits)
        string(REGEX REPLACE "^Q_DECLARE_TR_FUNCTIONS\\(${ws}([A-Za-z_:]+)${ws}\\)$" "\\1" context "${hit}")
        list(APPEND runtime "${context}")
    endforeach()

    # class X ... { Q_OBJECT, qualified with the last named namespace opened before it in the file
    # (the tree opens nested namespaces in one line: namespace warroom::cli {).
    string(REGEX MATCHALL "class${ws}[A-Za-z_]+[^;{]*\\{${ws}Q_OBJECT" hits "${text}")
    foreach(hit IN LISTS hits)
        string(REGEX REPLACE "^class${ws}([A-Za-z_]+).*$" "\\1" name "${hit}")
        string(FIND "${text}" "${hit}" at)
        string(SUBSTRING "${text}" 0 ${at} before)
        string(REGEX MATCHALL "namespace [A-Za-z_:]+ \\{" opened "${before}")
        set(qualified)
        if(opened)
            list(GET opened -1 ns)
            string(REGEX REPLACE "^namespace ([A-Za-z_:]+) \\{$" "\\1::" qualified "${ns}")
        endif()
        list(APPEND qobjects "${qualified}${name}")
    endforeach()

    if(text MATCHES "QString${ws}tr${ws}\\(${ws}const${ws}char" OR text MATCHES "auto${ws}tr${ws}=${ws}\\[")
        list(APPEND helpers "${rel}")
    endif()
endforeach()

file(GLOB forms "${SOURCE_DIR}/ui/*.ui")
foreach(form IN LISTS forms)
    file(READ "${form}" text)
    if(text MATCHES "<class>([A-Za-z_:]+)</class>")
        list(APPEND runtime "${CMAKE_MATCH_1}")
    endif()
endforeach()
list(REMOVE_DUPLICATES runtime)
list(REMOVE_DUPLICATES qobjects)

# The .ts file: messages per context, leaving out those lupdate marked vanished or obsolete.
file(READ "${TS_FILE}" ts)
string(REGEX MATCHALL "<name>[^<]*</name>|<message[ >]|type=\"(vanished|obsolete)\"" tokens "${ts}")
set(ts_contexts)
set(context)
foreach(token IN LISTS tokens)
    if(token MATCHES "^<name>(.*)</name>$")
        set(context "${CMAKE_MATCH_1}")
        list(APPEND ts_contexts "${context}")
        set(count_${context} 0)
    elseif(token MATCHES "^<message")
        math(EXPR count_${context} "${count_${context}} + 1")
    else()
        math(EXPR count_${context} "${count_${context}} - 1")
    endif()
endforeach()

set(total 0)
set(found 0)
set(lost)
foreach(context IN LISTS ts_contexts)
    math(EXPR total "${total} + ${count_${context}}")
    if(count_${context} EQUAL 0)
        continue()
    endif()
    if("${context}" IN_LIST runtime OR "${context}" IN_LIST qobjects)
        math(EXPR found "${found} + ${count_${context}}")
    else()
        list(APPEND lost "${context} (${count_${context}} messages)")
    endif()
endforeach()

set(missing)
foreach(context IN LISTS runtime)
    if(NOT DEFINED count_${context} OR count_${context} EQUAL 0)
        list(APPEND missing "${context}")
    endif()
endforeach()

message(STATUS "${found} of ${total} messages in ${TS_FILE} are under a context looked up at run time")
set(problems)
if(lost)
    list(JOIN lost "\n  " listing)
    string(APPEND problems "Contexts in the .ts file that nothing looks up at run time:\n  ${listing}\n")
endif()
if(missing)
    list(JOIN missing "\n  " listing)
    string(APPEND problems "Contexts looked up at run time with no message in the .ts file "
                           "(build the update_translations target):\n  ${listing}\n")
endif()
if(helpers)
    list(JOIN helpers "\n  " listing)
    string(APPEND problems "Free tr() helpers (lupdate files their strings under the caller's scope; "
                           "use a class with Q_DECLARE_TR_FUNCTIONS):\n  ${listing}\n")
endif()
if(problems)
    message(FATAL_ERROR "${problems}")
endif()
