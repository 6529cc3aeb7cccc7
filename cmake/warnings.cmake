# The one place that sets warnings for every target of the project.
function(dagritme_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
    -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual)
  if(DAGRITME_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
