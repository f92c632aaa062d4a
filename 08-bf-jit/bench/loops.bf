Nested counting loops whose innermost steps by 2: 20 x 255 x 255 x 127
passes through a small body (it adds to one cell and clears another)
bfjit leaves a loop with an even step alone (it may never end) so this nest
stays a nest; nest (in this folder) is the same with a step of 1 and closes

++++[>+++++<-]>          cell 1 = 20
[
  >-[                    cell 2 = 255 and count it down
    >-[                  cell 3 = 255
      >--[               cell 4 = 254 counted down by 2
        >+>[-]<<--       add 1 to cell 5 and clear cell 6
      ]<-
    ]<-
  ]<-
]
>>>>.                    print cell 5
