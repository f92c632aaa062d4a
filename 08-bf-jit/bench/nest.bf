Nested counting loops: 20 x 255 x 255 x 255 passes through a small body
(it adds to one cell and clears another) that closed loops remove by peeling

++++[>+++++<-]>          cell 1 = 20
[                        20 times
  >-[                    cell 2 = 255 and count it down
    >-[                  cell 3 = 255
      >-[                cell 4 = 255
        >+>[-]<<-        add 1 to cell 5 and clear cell 6
      ]<-
    ]<-
  ]<-
]
>>>>.                    print cell 5: 20 x 255 x 255 x 255 mod 256 = 236
