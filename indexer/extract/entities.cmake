# Entity extraction: people, organisations, places, misc (entity_*.cpp) and
# the gazetteers of data/gazetteer/, compiled in. Included from
# indexer/extract/CMakeLists.txt.
target_sources(newsarchive_index PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/entity_aliases.cpp
  ${CMAKE_CURRENT_LIST_DIR}/entity_countries.cpp
  ${CMAKE_CURRENT_LIST_DIR}/entity_extraction.cpp
  ${CMAKE_CURRENT_LIST_DIR}/entity_mentions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/entity_resources.cpp
  ${CMAKE_CURRENT_LIST_DIR}/entity_tokens.cpp
  ${CMAKE_CURRENT_LIST_DIR}/entity_typing.cpp
  ${CMAKE_CURRENT_LIST_DIR}/entity_word_list.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gazetteer.cpp
)

# The default gazetteers, compiled in, through an object library of this
# directory (a custom command's output can only feed a target of the same
# directory).
add_library(newsarchive_entity_data OBJECT)
target_link_libraries(newsarchive_entity_data PRIVATE $<BUILD_INTERFACE:newsarchive_build_flags>)
target_sources(newsarchive_index PRIVATE $<TARGET_OBJECTS:newsarchive_entity_data>)
set(_gazetteer ${PROJECT_SOURCE_DIR}/data/gazetteer)
newsarchive_embed_data(newsarchive_entity_data kGazetteerPlaces ${_gazetteer}/places.txt)
newsarchive_embed_data(newsarchive_entity_data kGazetteerCities ${_gazetteer}/cities.txt)
newsarchive_embed_data(newsarchive_entity_data kGazetteerOrganizations ${_gazetteer}/organizations.txt)
newsarchive_embed_data(newsarchive_entity_data kGazetteerMisc ${_gazetteer}/misc.txt)
newsarchive_embed_data(newsarchive_entity_data kGazetteerPersons ${_gazetteer}/persons.txt)
newsarchive_embed_data(newsarchive_entity_data kGazetteerDemonyms ${_gazetteer}/demonyms.txt)
newsarchive_embed_data(newsarchive_entity_data kGazetteerGivenNames ${_gazetteer}/given_names.txt)
newsarchive_embed_data(newsarchive_entity_data kGazetteerCommonWords ${_gazetteer}/common_words.txt)
newsarchive_embed_data(newsarchive_entity_data kGazetteerOrgWords ${_gazetteer}/org_words.txt)
newsarchive_embed_data(newsarchive_entity_data kGazetteerPlaceWords ${_gazetteer}/place_words.txt)
newsarchive_embed_data(newsarchive_entity_data kGazetteerMiscWords ${_gazetteer}/misc_words.txt)
newsarchive_embed_data(newsarchive_entity_data kGazetteerTitles ${_gazetteer}/titles.txt)
newsarchive_embed_data(newsarchive_entity_data kGazetteerSportsWords ${_gazetteer}/sports_words.txt)
unset(_gazetteer)
