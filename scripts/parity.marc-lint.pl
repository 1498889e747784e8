#!/usr/bin/perl
# Runs MARC::Lint (Debian libmarc-lint-perl) over ISO 2709 and MARCXML files, for `npm run parity` and
# `npm run bench`. MARCXML needs MARC::File::XML (Debian libmarc-xml-perl); scripts/parity.mjs installs
# both when missing.
#
# ISO 2709: records are split on the 0x1D terminator exactly as MARC::File::USMARC::_next does (dropping
# the garbage it drops between records), then decoded one by one, so one undecodable record does not end
# the file (MARC::File's own loop stops at the first croak).
# MARCXML (*.xml): MARC::File::XML cuts the file into one chunk per <record> (its _next) and decodes each
# chunk on its own, so here too a record that does not parse is reported and the next one is read.
# BinaryEncoding => 'utf8' keeps the text in Unicode: by default MARC::File::XML transcodes every record
# whose leader/09 is 'a' to MARC-8 and blanks leader/09, which is not what the ISO 2709 path sees.
#
#   perl scripts/parity.marc-lint.pl FILE...          TSV on stdout: file, index, offset, kind, text
#        kind: lint (a MARC::Lint warning), decode-warning (MARC::Record), decode-failed, record (one per record, text = 001)
#        offset: the record's byte offset for ISO 2709; empty for MARCXML (records are paired by index there)
#   perl scripts/parity.marc-lint.pl --bench FILE...  one JSON line per file: records, warnings, seconds and
#        cpuSeconds (decode + lint, wall clock and CPU time)
use strict;
use warnings;
use MARC::Lint;
use MARC::File::USMARC;
use Time::HiRes qw(time);

my $bench = 0;
if (@ARGV && $ARGV[0] eq '--bench') { $bench = 1; shift @ARGV; }

# Loaded only when a MARCXML file is given, so the ISO 2709 path (and `npm run bench`) does not need it.
my $xml_loaded = 0;
sub load_marc_xml {
    return if $xml_loaded;
    require MARC::File::XML;
    MARC::File::XML->import( BinaryEncoding => 'utf8' );
    $xml_loaded = 1;
}

my $lint = MARC::Lint->new();
# MARC::Record reports decoding trouble through carp/warn as well as ->warnings; keep stderr clean.
local $SIG{__WARN__} = sub { };

sub clean { my $text = shift; $text =~ s/[\t\r\n]+/ /g; $text =~ s/\s+$//; return $text; }

my ( $records, $warnings ) = ( 0, 0 );

sub report_failure {
    my ( $file, $index, $offset, $error ) = @_;
    print join( "\t", $file, $index, $offset, 'decode-failed', clean( $error || 'undecodable' ) ), "\n" unless $bench;
}

# Lints one decoded record and prints its lines.
sub lint_record {
    my ( $file, $index, $offset, $record ) = @_;
    $records++;
    my $ok = eval { $lint->check_record($record); 1 };
    my @found = $ok ? $lint->warnings() : ( 'lint crashed: ' . clean($@) );
    $warnings += scalar @found;
    return if $bench;
    my $f001 = $record->field('001');
    print join( "\t", $file, $index, $offset, 'record', $f001 ? clean( $f001->data() ) : '' ), "\n";
    print join( "\t", $file, $index, $offset, 'decode-warning', clean($_) ), "\n" for $record->warnings();
    print join( "\t", $file, $index, $offset, 'lint', clean($_) ), "\n" for @found;
}

sub lint_iso2709 {
    my $file = shift;
    open( my $fh, '<:raw', $file ) or die "cannot open $file: $!";
    local $/ = "\x1D";
    my ( $index, $offset ) = ( 0, 0 );
    while ( my $raw = <$fh> ) {
        my $chunk_length = length($raw);
        my $garbage = 0;
        if ( $raw =~ s/^([ \x00\x0a\x0d\x1a]+)// ) { $garbage = length($1); }
        my $start = $offset + $garbage;
        $offset += $chunk_length;
        next if $raw eq '';
        my $record = eval { MARC::File::USMARC->decode($raw) };
        if ($record) { lint_record( $file, $index, $start, $record ); }
        else         { report_failure( $file, $index, $start, $@ ); }
        $index++;
    }
    close $fh;
}

sub lint_marcxml {
    my $file = shift;
    load_marc_xml();
    my $in = MARC::File::XML->in($file) or die "cannot open $file: $MARC::File::ERROR";
    my $index = 0;
    while (1) {
        my $record;
        my $ok = eval { $record = $in->next(); 1 };
        if ( !$ok ) {
            # The chunk was read (MARC::File::XML::_next) but did not decode: report it and go on.
            report_failure( $file, $index++, '', $@ );
            next;
        }
        last unless $record;
        lint_record( $file, $index++, '', $record );
    }
    $in->close();
}

for my $file (@ARGV) {
    ( $records, $warnings ) = ( 0, 0 );
    my $started = time();
    my ( $user0, $system0 ) = times();
    if   ( $file =~ /\.xml$/i ) { lint_marcxml($file); }
    else                        { lint_iso2709($file); }
    my $seconds = time() - $started;
    my ( $user1, $system1 ) = times();
    my $cpu = ( $user1 - $user0 ) + ( $system1 - $system0 );
    printf( "{\"file\":\"%s\",\"records\":%d,\"warnings\":%d,\"seconds\":%.6f,\"cpuSeconds\":%.3f}\n", $file, $records, $warnings, $seconds, $cpu ) if $bench;
}
