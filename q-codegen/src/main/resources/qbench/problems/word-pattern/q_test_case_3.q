result:solve["aaaa";"dog cat cat dog"];
show result;
