result:solve[(1 4;0 4;6 6)];
show result;
