# Copies our static files (SRC) and the NHS.UK frontend's compiled CSS, JS
# and images (NHSUK) into OUT, the directory `livingwell serve` serves.
file(REMOVE_RECURSE ${OUT})
file(MAKE_DIRECTORY ${OUT})
file(COPY ${SRC}/ DESTINATION ${OUT})
if(NOT EXISTS ${NHSUK}/nhsuk-frontend.min.css)
  message(FATAL_ERROR "NHS.UK frontend not found at ${NHSUK}: run scripts/setup.sh (npm ci)")
endif()
file(COPY ${NHSUK}/nhsuk-frontend.min.css ${NHSUK}/nhsuk-frontend.min.js DESTINATION ${OUT}/nhsuk)
# The CSS refers to /assets/images/...: keep that path.
file(COPY ${NHSUK}/assets/images DESTINATION ${OUT})
