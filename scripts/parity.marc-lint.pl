#!/usr/bin/perl
# Runs MARC::Lint (Debian libmarc-lint-perl) over ISO 2709 files, for `npm run parity` and `npm run bench`.
#
# Records are split on the 0x1D terminator exactly as MARC::File::USMARC::_next does (dropping the
# garbage it drops between records), then decoded one by one, so one undecodable record does not end
# the file (MARC::File's own loop stops at the first croak).
#
#   perl scripts/parity.marc-lint.pl FILE...          TSV on stdout: file, index, offset, kind, text
#        kind: lint (a MARC::Lint warning), decode-warning (MARC::Record), decode-failed, record (one per record, text = 001)
#   perl scripts/parity.marc-lint.pl --bench FILE...  one JSON line per file: records, warnings, seconds and
#        cpuSeconds (decode + lint, wall clock and CPU time)
use strict;
use warnings;
use MARC::Lint;
use MARC::File::USMARC;
use Time::HiRes qw(time);

my $bench = 0;
if (@ARGV && $ARGV[0] eq '--bench') { $bench = 1; shift @ARGV; }

my $lint = MARC::Lint->new();
# MARC::Record reports decoding trouble through carp/warn as well as ->warnings; keep stderr clean.
local $SIG{__WARN__} = sub { };

sub clean { my $text = shift; $text =~ s/[\t\r\n]+/ /g; $text =~ s/\s+$//; return $text; }

for my $file (@ARGV) {
    open( my $fh, '<:raw', $file ) or die "cannot open $file: $!";
    local $/ = "\x1D";
    my ( $index, $offset, $records, $warnings ) = ( 0, 0, 0, 0 );
    my $started = time();
    my ( $user0, $system0 ) = times();
    while ( my $raw = <$fh> ) {
        my $chunk_length = length($raw);
        my $garbage = 0;
        if ( $raw =~ s/^([ \x00\x0a\x0d\x1a]+)// ) { $garbage = length($1); }
        my $start = $offset + $garbage;
        $offset += $chunk_length;
        next if $raw eq '';
        my $record = eval { MARC::File::USMARC->decode($raw) };
        if ( !$record ) {
            print join( "\t", $file, $index, $start, 'decode-failed', clean( $@ || 'undecodable' ) ), "\n" unless $bench;
            $index++;
            next;
        }
        $records++;
        my $ok = eval { $lint->check_record($record); 1 };
        my @found = $ok ? $lint->warnings() : ( 'lint crashed: ' . clean($@) );
        $warnings += scalar @found;
        unless ($bench) {
            my $f001 = $record->field('001');
            print join( "\t", $file, $index, $start, 'record', $f001 ? clean( $f001->data() ) : '' ), "\n";
            print join( "\t", $file, $index, $start, 'decode-warning', clean($_) ), "\n" for $record->warnings();
            print join( "\t", $file, $index, $start, 'lint', clean($_) ), "\n" for @found;
        }
        $index++;
    }
    close $fh;
    my $seconds = time() - $started;
    my ( $user1, $system1 ) = times();
    my $cpu = ( $user1 - $user0 ) + ( $system1 - $system0 );
    printf( "{\"file\":\"%s\",\"records\":%d,\"warnings\":%d,\"seconds\":%.6f,\"cpuSeconds\":%.3f}\n", $file, $records, $warnings, $seconds, $cpu ) if $bench;
}
