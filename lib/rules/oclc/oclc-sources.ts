/** OCLC Bibliographic Formats and Standards (BFAS) and Connexion pages the OCLC export rules cite. */
export const BFAS_040 = 'https://www.oclc.org/bibformats/en/0xx/040.html';
export const BFAS_035 = 'https://www.oclc.org/bibformats/en/0xx/035.html';
export const BFAS_008 = 'https://www.oclc.org/bibformats/en/fixedfield.html';
export const CONNEXION_VALIDATION =
  'https://help.oclc.org/Metadata_Services/Connexion/Connexion_client/Cataloging/Edit_bibliographic_records/Validate_bibliographic_records_online_or_offline/Bibliographic_record_validation_errors';
