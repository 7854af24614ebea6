import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAttendanceFile } from './read'

const fixture = (name: string) => readAttendanceFile(name, readFileSync(join(__dirname, 'fixtures', name)))
const csv = (text: string) => Buffer.from(text, 'utf-8')
const refusedWith = (key: string, params: Record<string, string | number>) => ({
  userMessage: { key: `validation.cop.attendance.${key}`, params },
})

describe('Zoom participant reports', () => {
  it('folds the rows of each person, counting each minute once however many joins or devices cover it', () => {
    const file = fixture('zoom-participants.csv')
    expect(file.source).toBe('zoom')
    expect(file.meetingTitle).toBe('Webinar CoP Pangan Lokal, Sesi 3')
    expect(file.meetingDays).toEqual(['2025-05-18'])
    expect(file.entries).toEqual([
      {
        name: 'Sekretariat Lokadaya Jatim',
        otherNames: [],
        email: 'sekretariat@lokadaya-jatim.or.id',
        minutes: 189,
        visits: 1,
        rowNumbers: [5],
      },
      // The waiting-room row is listed but neither a visit nor time present.
      {
        name: 'Dewi Lestari',
        otherNames: [],
        email: 'dewi.lestari@pkbi-jatim.or.id',
        minutes: 89,
        visits: 1,
        rowNumbers: [6, 8],
      },
      // Three joins from the laptop and one overlapping join from the phone as a guest:
      // 09:02:13–10:15:00 and 10:20:00–11:00:00 covered, 112 min 47 s.
      {
        name: 'Siti Rahayu',
        otherNames: ['Siti Rahayu - Bina Desa'],
        email: 'siti.rahayu@binadesa.or.id',
        minutes: 113,
        visits: 4,
        rowNumbers: [7, 10, 11, 13],
      },
      {
        name: 'Pak Budi',
        otherNames: ['Budi Santoso'],
        email: 'budi.santoso@gmail.com',
        minutes: 113,
        visits: 1,
        rowNumbers: [9],
      },
      { name: 'Galaxy A52', otherNames: [], email: null, minutes: 16, visits: 1, rowNumbers: [12] },
      {
        name: 'Agus Wibowo',
        otherNames: [],
        email: 'agus.wibowo@yahoo.co.id',
        minutes: 9,
        visits: 1,
        rowNumbers: [14],
      },
    ])
  })

  it('reads the report exported without the meeting header, with 24-hour times', () => {
    const file = fixture('zoom-no-meeting-header.csv')
    expect(file).toEqual({
      source: 'zoom',
      meetingTitle: null,
      meetingDays: ['2025-05-18'],
      entries: [
        {
          name: 'Siti Rahayu',
          otherNames: [],
          email: 'siti.rahayu@binadesa.or.id',
          minutes: 90,
          visits: 1,
          rowNumbers: [2],
        },
        { name: 'Rahmat Hidayat', otherNames: [], email: null, minutes: 75, visits: 2, rowNumbers: [3, 4] },
      ],
    })
  })

  it('sums the total duration of the unique-users export, which has no times', () => {
    expect(fixture('zoom-unique-users.csv').entries.map((entry) => [entry.name, entry.minutes])).toEqual([
      ['Siti Rahayu', 112],
      ['Pak Budi', 113],
    ])
  })

  it("takes the participant's columns from the export with meeting data, which repeats the host's", () => {
    const file = readAttendanceFile(
      'participants_84512345678.csv',
      csv(
        'Topic,Meeting ID,User Name,User Email,Start Time,End Time,Duration (Minutes),Participants,Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n' +
          'Webinar CoP,845 1234 5678,Sekretariat,host@lokadaya.or.id,05/18/2025 08:55 AM,05/18/2025 10:00 AM,65,2,Siti Rahayu,siti@binadesa.or.id,05/18/2025 09:00 AM,05/18/2025 09:45 AM,45,No\n',
      ),
    )
    expect(file.meetingTitle).toBe('Webinar CoP')
    expect(file.entries).toEqual([
      { name: 'Siti Rahayu', otherNames: [], email: 'siti@binadesa.or.id', minutes: 45, visits: 1, rowNumbers: [2] },
    ])
  })

  it('reads a report Excel saved again with day-first dates the same way throughout', () => {
    const file = readAttendanceFile(
      'zoom.csv',
      csv(
        'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n' +
          'Siti Rahayu,,05/06/2025 23:50,06/06/2025 00:20,30\n' +
          'Budi Santoso,,13/06/2025 09:00,13/06/2025 09:40,40\n',
      ),
    )
    expect(file.entries.map((entry) => entry.minutes)).toEqual([30, 40])
  })

  it('reports the line of a time it cannot read', () => {
    expect(() =>
      readAttendanceFile(
        'zoom.csv',
        csv(
          'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n' +
            'Siti Rahayu,,05/18/2025 09:00:00 AM,05/18/2025 10:00:00 AM,60\n' +
            '\n' +
            'Budi Santoso,,05/18/2025 09:00:00 AM,05/18/2025 13:61:00 PM,60\n',
        ),
      ),
    ).toThrow(expect.objectContaining(refusedWith('badTime', { row: 4, value: '05/18/2025 13:61:00 PM' })))
  })

  it('reports a leave time before the join time', () => {
    expect(() =>
      readAttendanceFile(
        'zoom.csv',
        csv(
          'Name (Original Name),User Email,Join Time,Leave Time\n' +
            'Siti Rahayu,,2025-05-18 10:00:00,2025-05-18 09:00:00\n',
        ),
      ),
    ).toThrow(
      expect.objectContaining(
        refusedWith('leaveBeforeJoin', { row: 2, join: '2025-05-18 10:00:00', leave: '2025-05-18 09:00:00' }),
      ),
    )
  })
})

describe('Google Meet attendance reports', () => {
  it('reads the duration, not the span from first join to last exit, below the meeting lines', () => {
    expect(fixture('meet-report.csv')).toEqual({
      source: 'meet',
      meetingTitle: null,
      meetingDays: [],
      entries: [
        {
          name: 'Siti Rahayu',
          otherNames: [],
          email: 'siti.rahayu@binadesa.or.id',
          minutes: 65,
          visits: 1,
          rowNumbers: [5],
        },
        {
          name: 'Budi Santoso',
          otherNames: [],
          email: 'budi.santoso@gmail.com',
          minutes: 45,
          visits: 1,
          rowNumbers: [6],
        },
        { name: 'Rahmat Hidayat', otherNames: [], email: null, minutes: 120, visits: 1, rowNumbers: [7] },
      ],
    })
  })

  it('reads durations written by a Workspace set to Indonesian', () => {
    expect(fixture('meet-report-id.csv').entries.map((entry) => [entry.name, entry.minutes])).toEqual([
      ['Siti Rahayu', 65],
      ['Budi Santoso', 45],
      ['Rahmat Hidayat', 120],
    ])
  })

  it('reads the Full Name, First Seen, Time in Call export with clock-style durations', () => {
    const file = readAttendanceFile(
      'meet.csv',
      csv(
        '*,Meet\n*,Meeting code: xpk-qmzr-tbd\n*,Created on 2025-05-18 09:00:12\nFull Name,First Seen,Time in Call\n' +
          'Siti Rahayu,2025-05-18 09:02:13,01:05:40\nBudi Santoso,2025-05-18 09:10:00,00:44:10\n',
      ),
    )
    expect(file.source).toBe('meet')
    expect(file.entries.map((entry) => [entry.name, entry.minutes, entry.rowNumbers])).toEqual([
      ['Siti Rahayu', 66, [5]],
      ['Budi Santoso', 44, [6]],
    ])
  })

  it('reports a duration it cannot read', () => {
    expect(() =>
      readAttendanceFile('meet.csv', csv('First name,Last name,Email,Duration\nSiti,Rahayu,,sebentar\n')),
    ).toThrow(expect.objectContaining(refusedWith('badDuration', { row: 2, value: 'sebentar' })))
  })
})

describe("a secretariat's own list", () => {
  it('reads a ";" list from Excel in Windows-1252, below a title, summing the minutes of repeated names', () => {
    expect(fixture('daftar-hadir-titik-koma.csv')).toEqual({
      source: 'csv',
      meetingTitle: null,
      meetingDays: [],
      entries: [
        {
          name: 'Hj. Siti Rahayu, S.Pd.',
          otherNames: [],
          email: 'siti.rahayu@binadesa.or.id',
          minutes: 95,
          visits: 1,
          rowNumbers: [4],
        },
        { name: 'José Belo', otherNames: [], email: null, minutes: 90, visits: 2, rowNumbers: [5, 7] },
        {
          name: 'Rahmat Hidayat',
          otherNames: [],
          email: 'rahmat.h@gmail.com',
          minutes: 46,
          visits: 1,
          rowNumbers: [6],
        },
      ],
    })
  })

  it('reads tab-separated join and leave times of day, past midnight too', () => {
    const file = readAttendanceFile(
      'hadir.txt',
      csv('NAMA\tSUREL\tMASUK\tKELUAR\nSiti Rahayu\t\t19.30\t21.00\nBudi Santoso\t\t23.40\t00.25\n'),
    )
    expect(file.entries.map((entry) => [entry.name, entry.minutes])).toEqual([
      ['Siti Rahayu', 90],
      ['Budi Santoso', 45],
    ])
  })

  it('reports a row without a name, and an empty cell, by line', () => {
    expect(() =>
      readAttendanceFile('hadir.csv', csv('Nama,Email,Menit\nSiti Rahayu,,60\n,budi@gmail.com,45\n')),
    ).toThrow(expect.objectContaining(refusedWith('noName', { row: 3 })))
    expect(() => readAttendanceFile('hadir.csv', csv('Nama,Email,Menit\nSiti Rahayu,,\n'))).toThrow(
      expect.objectContaining(refusedWith('missingValue', { row: 2, column: 'Menit' })),
    )
  })

  it('reports an e-mail column value that is not an address', () => {
    expect(() => readAttendanceFile('hadir.csv', csv('Nama,Email,Menit\nSiti Rahayu,siti di binadesa,60\n'))).toThrow(
      expect.objectContaining(refusedWith('badEmail', { row: 2, value: 'siti di binadesa' })),
    )
  })
})

describe('files that are not attendance lists', () => {
  it('refuses a member directory, showing the first line it saw', () => {
    expect(() => fixture('direktori-anggota.csv')).toThrow(
      expect.objectContaining(
        refusedWith('unknownShape', {
          file: 'direktori-anggota.csv',
          header: 'Nama OMS,Bentuk Hukum,Kabupaten/Kota,Tahun Berdiri,Nama Kontak,E-mail,Telepon',
        }),
      ),
    )
  })

  it('shortens a long first line', () => {
    const header = `${'Kolom,'.repeat(30)}Akhir`
    expect(() => readAttendanceFile('x.csv', csv(`${header}\n1,2\n`))).toThrow(
      expect.objectContaining(refusedWith('unknownShape', { file: 'x.csv', header: `${header.slice(0, 120)}…` })),
    )
  })

  it('refuses an empty file, and one with only a byte-order mark and delimiters', () => {
    expect(() => readAttendanceFile('kosong.csv', Buffer.alloc(0))).toThrow(
      expect.objectContaining(refusedWith('empty', { file: 'kosong.csv' })),
    )
    expect(() => readAttendanceFile('kosong.csv', Buffer.from('\uFEFF;;;\r\n;;;\r\n'))).toThrow(
      expect.objectContaining(refusedWith('empty', { file: 'kosong.csv' })),
    )
  })

  it('refuses a table with headings and no participants', () => {
    expect(() =>
      readAttendanceFile('zoom.csv', csv('Name (Original Name),User Email,Total Duration (Minutes)\n\n')),
    ).toThrow(expect.objectContaining(refusedWith('noRows', { file: 'zoom.csv' })))
  })

  it('refuses an Excel workbook by its content, whatever its name', () => {
    expect(() => readAttendanceFile('hadir.csv', Buffer.from('PK\x03\x04\x14\x00\x06\x00', 'latin1'))).toThrow(
      expect.objectContaining(refusedWith('notCsv', { file: 'hadir.csv' })),
    )
  })

  it('refuses files over 5 MB and over 20,000 rows', () => {
    expect(() => readAttendanceFile('besar.csv', Buffer.alloc(5 * 1024 * 1024 + 1, 'a'))).toThrow(
      expect.objectContaining(refusedWith('tooLarge', { file: 'besar.csv', limit: 5 })),
    )
    const rows = Array.from({ length: 20_001 }, (_, index) => `Peserta ${index},,1`).join('\n')
    expect(() => readAttendanceFile('panjang.csv', csv(`Nama,Email,Menit\n${rows}\n`))).toThrow(
      expect.objectContaining(refusedWith('tooManyRows', { file: 'panjang.csv', max: 20_000 })),
    )
  })
})
