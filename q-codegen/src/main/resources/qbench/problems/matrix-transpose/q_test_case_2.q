result:solve[(10 20;3 4)];
show result;
