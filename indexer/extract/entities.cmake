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

# The default gazetteers, compiled in.
set(_gazetteer ${PROJECT_SOURCE_DIR}/data/gazetteer)
newsarchive_embed_data(newsarchive_index kGazetteerPlaces ${_gazetteer}/places.txt)
newsarchive_embed_data(newsarchive_index kGazetteerCities ${_gazetteer}/cities.txt)
newsarchive_embed_data(newsarchive_index kGazetteerOrganizations ${_gazetteer}/organizations.txt)
newsarchive_embed_data(newsarchive_index kGazetteerMisc ${_gazetteer}/misc.txt)
newsarchive_embed_data(newsarchive_index kGazetteerPersons ${_gazetteer}/persons.txt)
newsarchive_embed_data(newsarchive_index kGazetteerDemonyms ${_gazetteer}/demonyms.txt)
newsarchive_embed_data(newsarchive_index kGazetteerGivenNames ${_gazetteer}/given_names.txt)
newsarchive_embed_data(newsarchive_index kGazetteerCommonWords ${_gazetteer}/common_words.txt)
newsarchive_embed_data(newsarchive_index kGazetteerOrgWords ${_gazetteer}/org_words.txt)
newsarchive_embed_data(newsarchive_index kGazetteerPlaceWords ${_gazetteer}/place_words.txt)
newsarchive_embed_data(newsarchive_index kGazetteerMiscWords ${_gazetteer}/misc_words.txt)
newsarchive_embed_data(newsarchive_index kGazetteerTitles ${_gazetteer}/titles.txt)
newsarchive_embed_data(newsarchive_index kGazetteerSportsWords ${_gazetteer}/sports_words.txt)
newsarchive_embed_data(newsarchive_index kGazetteerWorkWords ${_gazetteer}/work_words.txt)
newsarchive_embed_data(newsarchive_index kGazetteerFirmNouns ${_gazetteer}/firm_nouns.txt)
newsarchive_embed_data(newsarchive_index kGazetteerJobWords ${_gazetteer}/job_words.txt)
unset(_gazetteer)
