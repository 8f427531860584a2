result:solve["rat";"car"];
show result;
